using System.Collections.Concurrent;

namespace CutoverBot.Core.Tests.Storage.Contracts;

/// <summary>
/// Two instances doing the same thing at the same moment, round after round: a barrier lines their threads up before
/// each round, so every round is a real race (Parallel.For often runs neighbouring rounds on one thread).
/// </summary>
public static class Race
{
    /// <summary>Runs <paramref name="step"/>(instance, round) on two threads; a step that throws fails the race once both have finished.</summary>
    public static void TwoInstances(int rounds, Action<int, int> step)
    {
        using var start = new Barrier(2);
        var failures = new ConcurrentQueue<Exception>();
        var threads = Enumerable.Range(0, 2).Select(instance => new Thread(() =>
        {
            for (var round = 0; round < rounds; round++)
            {
                start.SignalAndWait();
                // Caught here so the other thread never waits at the barrier for a thread that has died.
                try
                {
                    step(instance, round);
                }
                catch (Exception ex)
                {
                    failures.Enqueue(ex);
                }
            }
        })).ToList();
        foreach (var thread in threads) thread.Start();
        foreach (var thread in threads) thread.Join();
        if (!failures.IsEmpty) throw new AggregateException(failures);
    }
}

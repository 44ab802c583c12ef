using System.Net;
using CutoverBot.Core.Entries;
using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests.Faults;

/// <summary>
/// A whole team logging at once on a host with many threads: LiteDB refuses a 101st open transaction, so more
/// simultaneous turns than that used to lose entries with an error. Every one must be stored and answered.
/// </summary>
public sealed class EntryBurstTests(BotFixture bot) : IClassFixture<BotFixture>
{
    private const int Burst = 240;

    [Fact]
    public async Task QuickEntries_ManyMoreAtOnceThanLiteDbHasTransactions_AllStoredWithUniqueReferences()
    {
        const string teamId = "19:burst@thread.tacv2";
        var staff = Enumerable.Range(0, 8).Select(i => new FakeMember($"29:burst-{i}", $"Burst Staff {i}")).ToArray();
        await PracticeSetup.InstallAsync(bot, teamId, "Burst Surgery", staff);
        ThreadPool.GetMinThreads(out var workers, out var io);
        // Enough threads that every request runs at once instead of queueing for the pool to grow.
        ThreadPool.SetMinThreads(Burst + 16, io);
        HttpResponseMessage[] answers;
        try
        {
            answers = await Task.WhenAll(Enumerable.Range(0, Burst).Select(i => Task.Run(() => bot.SendAsync(
                TeamsActivities.ChannelMessage(bot.ServiceUrl, teamId, staff[i % staff.Length], $"log call Burst Patient {i} wants a callback")))));
        }
        finally
        {
            ThreadPool.SetMinThreads(workers, io);
        }

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var entries = bot.Service<EntryStore>().ForPractice(teamId);
        Assert.Equal(Burst, entries.Count);
        Assert.Equal(Burst, entries.Select(e => e.Reference).Distinct().Count());
    }
}

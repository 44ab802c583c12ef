using CutoverBot.Timing;
using Microsoft.Extensions.Time.Testing;

namespace CutoverBot.Tests.Scheduling;

/// <summary>
/// Moves a <see cref="FakeTimeProvider"/> the way real time would pass for code that waits only on a
/// <see cref="DelayClock"/> (its own waits, and the timers of <see cref="DelayClock.Announced"/>, where Polly's retry
/// delays run): whenever that code is blocked on its waits (and no connector request is in flight), the
/// clock jumps straight to the earliest wake-up. Tests then run days of schedule in milliseconds, and every timestamp is
/// exact.
/// </summary>
public sealed class FakeClockDriver
{
    // Real time allowed between two steps of the fake clock.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly SemaphoreSlim _changed = new(0);
    private readonly Func<int> _inFlight;

    public FakeClockDriver(FakeTimeProvider time, DelayClock clock, Func<int>? inFlight = null)
    {
        Time = time;
        Clock = clock;
        _inFlight = inFlight ?? (() => 0);
        clock.Changed += () => _changed.Release();
    }

    public FakeTimeProvider Time { get; }

    public DelayClock Clock { get; }

    public DateTimeOffset Now => Time.GetUtcNow();

    /// <summary>Lets time pass, wake-up by wake-up, until <paramref name="work"/> completes.</summary>
    public async Task<T> RunAsync<T>(Task<T> work)
    {
        await RunAsync((Task)work);
        return await work;
    }

    public async Task RunAsync(Task work)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!work.IsCompleted)
        {
            if (IsBlockedOnTime(out var wake))
            {
                Time.Advance(wake - Now);
                deadline = DateTime.UtcNow + Patience;
            }
            else await WaitForChangeAsync(deadline);
        }
        await work;
    }

    /// <summary>
    /// Lets time pass until <paramref name="target"/>, waking sleepers on the way, and returns once everything due by
    /// then has run and the code is waiting again.
    /// </summary>
    public async Task AdvanceToAsync(DateTimeOffset target)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            while (!IsBlockedOnTime(out _)) await WaitForChangeAsync(deadline);
            // The code may have woken between the two looks (a connector answer); then its wake-up is not known yet.
            if (!IsBlockedOnTime(out var wake)) continue;
            if (wake > target)
            {
                if (Now < target) Time.Advance(target - Now);
                return;
            }
            Time.Advance(wake - Now);
            deadline = DateTime.UtcNow + Patience;
        }
    }

    public Task AdvanceByAsync(TimeSpan span) => AdvanceToAsync(Now + span);

    /// <summary>Waits (in real time) until the code under test is asleep on the clock.</summary>
    public async Task SettleAsync()
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!IsBlockedOnTime(out _)) await WaitForChangeAsync(deadline);
    }

    private bool IsBlockedOnTime(out DateTimeOffset wake)
    {
        wake = default;
        if (_inFlight() > 0 || Clock.EarliestWake is not { } earliest || earliest <= Now) return false;
        wake = earliest;
        return true;
    }

    private async Task WaitForChangeAsync(DateTime deadline)
    {
        if (DateTime.UtcNow > deadline) throw new TimeoutException($"The code under test neither finished nor waited on the clock (fake now {Now:O}).");
        await _changed.WaitAsync(TimeSpan.FromMilliseconds(2));
    }
}

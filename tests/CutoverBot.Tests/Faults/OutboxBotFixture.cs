using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests.Faults;

/// <summary>The bot host with a one-second turn budget, so a test of the outbox spends little fake time in each turn.</summary>
public sealed class OutboxBotFixture : BotFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings() => new Dictionary<string, string?>
    {
        ["Outbox:TurnSendBudget"] = "00:00:01",
        ["Scheduler:Enabled"] = "false",
    };

    /// <summary>
    /// Moves the fake clock on in steps while <paramref name="work"/> runs (a turn's retries and budget wait on it), for
    /// at most <paramref name="realLimit"/> of real time; then one more <paramref name="step"/>, if given.
    /// </summary>
    public async Task DriveAsync(Task work, TimeSpan? step = null, TimeSpan? realLimit = null)
    {
        var started = DateTime.UtcNow;
        while (!work.IsCompleted && DateTime.UtcNow - started < (realLimit ?? TimeSpan.FromMinutes(2)))
        {
            await Task.WhenAny(work, Task.Delay(10));
            if (!work.IsCompleted) Time.Advance(step ?? TimeSpan.FromMilliseconds(100));
        }
        if (!work.IsCompleted) return;
        if (step is { } extra) Time.Advance(extra);
        await work;
    }

    public async Task<T> DriveAsync<T>(Task<T> work, TimeSpan? step = null)
    {
        await DriveAsync((Task)work, step);
        return await work;
    }
}

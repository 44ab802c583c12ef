namespace CutoverBot.Cli;

/// <summary>The clock seed-demo moves through the demo's past days, so each entry, tick and confirmation is dated as if done then.</summary>
internal sealed class DemoClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}

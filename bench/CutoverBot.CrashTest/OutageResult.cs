using System.Globalization;

namespace CutoverBot.CrashTest;

/// <summary>What the connector outage left: entries stored and doubled, replies and cards delivered and doubled, timings.</summary>
internal sealed record OutageResult(
    int OutageSeconds, int Entries, int Answered, int Redelivered, TimeSpan SlowestAnswer, int RefusedCalls,
    int Stored, int StoredTwice, int Replied, int RepliedTwice, int Practices, int Cards, int CardsTwice, TimeSpan? DrainedAfter)
{
    public bool Passed => Stored == Entries && StoredTwice == 0 && Replied == Entries && RepliedTwice == 0 &&
        Cards == Practices && CardsTwice == 0 && SlowestAnswer < TimeSpan.FromSeconds(15);

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"""
        entries sent {Entries} (of which {Redelivered} delivered twice), answered 2xx {Answered}, slowest answer {SlowestAnswer.TotalSeconds:F1} s
        connector calls refused or dropped during the outage: {RefusedCalls}
        stored {Stored}/{Entries} (stored twice: {StoredTwice}); replies delivered {Replied}/{Entries} (twice: {RepliedTwice})
        morning cards {Cards}/{Practices} (twice: {CardsTwice}); backlog delivered {(DrainedAfter is { } d ? $"{d.TotalSeconds:F1} s" : "NOT")} after the connector came back
        {(Passed ? "PASSED" : "FAILED")}
        """);
}

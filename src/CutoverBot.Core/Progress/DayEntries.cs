namespace CutoverBot.Core.Progress;

/// <summary>Entries logged on one London day, by kind (same order as <see cref="ChannelView.Kinds"/>).</summary>
public sealed record DayEntries(DateOnly Date, IReadOnlyList<int> ByKind)
{
    public int Total => ByKind.Sum();
}

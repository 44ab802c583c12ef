namespace CutoverBot.Core.Entries;

/// <summary>
/// Data for cards/entry-removed.json: what an entry's posted cards show once it is undone or deleted. No patient
/// fields and no buttons, so the same card can replace the channel reply and the author's own card.
/// </summary>
public sealed record EntryRemovedCardData
{
    public required string Title { get; init; }
    public required string Kind { get; init; }
    public required string LoggedBy { get; init; }
    public required string RemovedText { get; init; }
    public required string NextStep { get; init; }
}

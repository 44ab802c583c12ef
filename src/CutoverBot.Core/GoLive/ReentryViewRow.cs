namespace CutoverBot.Core.GoLive;

/// <summary>One entry in the user-specific re-entry view, with its patient details. Never in a shared card.</summary>
public sealed record ReentryViewRow
{
    public required string EntryId { get; init; }
    public required string Reference { get; init; }
    public required string Kind { get; init; }
    public required string When { get; init; }
    public required string Patient { get; init; }
    public required bool HasDetails { get; init; }
    public required string Details { get; init; }
    public required bool HasMissing { get; init; }
    public required string MissingText { get; init; }
    /// <summary>True on the first row of a person's entries on the page (the manager's view groups by person).</summary>
    public required bool ShowPerson { get; init; }
    public required string PersonText { get; init; }
    /// <summary>The id of this row's reason box: input ids must be unique in a card.</summary>
    public required string ReasonId { get; init; }
}

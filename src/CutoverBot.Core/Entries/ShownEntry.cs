namespace CutoverBot.Core.Entries;

/// <summary>One entry whose patient details a card shows, as the audit trail records it.</summary>
public readonly record struct ShownEntry(string PracticeId, Guid EntryId, string Reference)
{
    /// <summary>From a card's string id; an id that is not a Guid is still recorded, against no entry.</summary>
    public static ShownEntry Of(string practiceId, string entryId, string reference) =>
        new(practiceId, Guid.TryParse(entryId, out var id) ? id : Guid.Empty, reference);
}

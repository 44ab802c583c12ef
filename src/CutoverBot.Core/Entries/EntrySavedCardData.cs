
namespace CutoverBot.Core.Entries;

/// <summary>
/// Data for cards/entry-saved.json: the full entry with its correction form. Personal chat only: it carries patient details.
/// Strings are never null so every binding in the template resolves.
/// </summary>
public sealed record EntrySavedCardData : IShowsEntries
{
    public required string Title { get; init; }
    public required string EntryId { get; init; }
    public required string Reference { get; init; }
    public required string Kind { get; init; }
    public required string LoggedAt { get; init; }
    public required IReadOnlyList<FactData> Fields { get; init; }
    public required bool HasMissing { get; init; }
    public required string MissingText { get; init; }
    public required bool NhsRejected { get; init; }
    public required string NhsRejectedText { get; init; }
    /// <summary>True when the details are shown cut; the whole text is then on the card, hidden until asked for.</summary>
    public bool HasLongDetails { get; init; }
    public string DetailsFull { get; init; } = "";
    /// <summary>A warning about the last save (a box that reached the bot empty), shown above the form.</summary>
    public bool HasNotice { get; init; }
    public string NoticeText { get; init; } = "";
    public required bool IsHeld { get; init; }
    public required string HeldText { get; init; }
    public required string FormTitle { get; init; }
    public required string PatientName { get; init; }
    public required string DateOfBirth { get; init; }
    public required string NhsNumber { get; init; }
    public required string OccurredOn { get; init; }
    public required string Details { get; init; }
    public required bool ShowUbrn { get; init; }
    public required string Ubrn { get; init; }
    public required bool ShowPrescriptionChannel { get; init; }
    public required string PrescriptionChannel { get; init; }
    /// <summary>The kind's slug, chosen in the form's kind list, and that list.</summary>
    public string Category { get; init; } = "";
    public IReadOnlyList<EntryKindChoice> Kinds { get; init; } = [];
    /// <summary>The entry's practice (empty while held). For the audit trail, not the template.</summary>
    public string PracticeId { get; init; } = "";

    IEnumerable<ShownEntry> IShowsEntries.EntriesShown() => [ShownEntry.Of(PracticeId, EntryId, Reference)];
}

using CutoverBot.Core.Entries;

namespace CutoverBot.Core.MessageActions;

/// <summary>
/// Data for cards/message-entry.json, the "Log for re-entry" form shown in a task module (to the one person who
/// opened it, so it may carry patient details). Strings are never null so every binding resolves.
/// </summary>
public sealed record MessageEntryFormCardData
{
    public required string Title { get; init; }
    public required string PrivacyText { get; init; }
    public bool HasError { get; init; }
    public string ErrorText { get; init; } = "";
    public IReadOnlyList<NoticeRow> Notices { get; init; } = [];
    public bool ShowPracticeChoice { get; init; }
    public IReadOnlyList<EntryKindChoice> Practices { get; init; } = [];
    public string PracticeId { get; init; } = "";
    public required string Category { get; init; }
    public IReadOnlyList<EntryKindChoice> Kinds { get; init; } = EntryKindChoice.All;
    public string PatientName { get; init; } = "";
    public string DateOfBirth { get; init; } = "";
    public string NhsNumber { get; init; } = "";
    public string OccurredOn { get; init; } = "";
    public string Ubrn { get; init; } = "";
    public string PrescriptionChannel { get; init; } = "";
    public string Details { get; init; } = "";
    /// <summary>The message it came from, sent back with the form: ids and a checked link, never its text.</summary>
    public string MessageId { get; init; } = "";
    public string Link { get; init; } = "";
}

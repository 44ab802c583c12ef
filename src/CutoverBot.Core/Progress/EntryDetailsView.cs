namespace CutoverBot.Core.Progress;

/// <summary>An entry opened in the personal tab, with its patient details: shown to practice staff only, and audited.</summary>
public sealed record EntryDetailsView(
    Guid Id, string PracticeId, string Reference, string KindLabel, string Status, string? PatientName, string? DateOfBirth, string? NhsNumber,
    string? Ubrn, string? OccurredOn, string? Details, string AuthorName, string Logged, string? DoneBy, string? NotNeededReason, bool CanConfirm);

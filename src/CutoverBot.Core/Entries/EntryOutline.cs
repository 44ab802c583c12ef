using CutoverBot.Core.Parsing;

namespace CutoverBot.Core.Entries;

/// <summary>
/// An entry without its patient details: what counts, lists of references and channel cards need. Reading outlines
/// opens no sealed details (except, once, an entry saved before presence flags were stored), so a practice's whole
/// list can be summarised in milliseconds. <see cref="Missing"/> says which needed details are absent, not what they are.
/// </summary>
public sealed record EntryOutline(
    Guid Id,
    string Reference,
    EntryCategory Category,
    EntryStatus Status,
    DateOnly? OccurredOn,
    bool HasUbrn,
    PrescriptionChannel? PrescriptionChannel,
    string AuthorId,
    string AuthorName,
    DateTimeOffset LoggedAt,
    RequiredFields Missing)
{
    public static EntryOutline Of(Entry e) => new(
        e.Id, e.Reference, e.Category, e.Status, e.OccurredOn, !string.IsNullOrWhiteSpace(e.Ubrn), e.PrescriptionChannel, e.AuthorId, e.AuthorName, e.LoggedAt,
        EntryCompleteness.Missing(e));
}


namespace CutoverBot.Core.Parsing;

/// <summary>What the parser could read from a quick entry. Fields the text does not give stay null: never invented.</summary>
public sealed record ParsedEntry
{
    public required EntryCategory Category { get; init; }
    /// <summary>True when the message did not start with a kind and <see cref="Category"/> is the parser's best guess.</summary>
    public bool KindGuessed { get; init; }
    public string? PatientName { get; init; }
    public DateOnly? DateOfBirth { get; init; }
    /// <summary>Why a typed date of birth was not kept (no such day, in the future, after the event); None when nothing was refused.</summary>
    public DateOfBirthIssue DateOfBirthIssue { get; init; }
    /// <summary>Ten digits, no spaces, and only when the Modulus 11 check passed.</summary>
    public string? NhsNumber { get; init; }
    /// <summary>True when the text held a ten-digit number that failed the NHS number check; it is not stored as an NHS number.</summary>
    public bool NhsNumberFailedCheck { get; init; }
    /// <summary>Twelve digits, no spaces.</summary>
    public string? Ubrn { get; init; }
    /// <summary>The London date the activity happened on; today when the text says nothing.</summary>
    public required DateOnly OccurredOn { get; init; }
    /// <summary>True when the text stated when it happened ("yesterday", a date), false when today was assumed.</summary>
    public bool OccurredOnStated { get; init; }
    public PrescriptionChannel? PrescriptionChannel { get; init; }
    /// <summary>The text after the trigger words (the whole message when the kind was guessed), as typed (normalised whitespace).</summary>
    public required string Text { get; init; }

    public override string ToString() => $"ParsedEntry {{ Category = {Category} }}";
}

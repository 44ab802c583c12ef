namespace CutoverBot.Core.Parsing;

/// <summary>
/// The long numbers found in a message. <see cref="Masked"/> is the text with every recognised number
/// (NHS number, UBRN, phone number) overwritten by '#', so the date reader never reads their digits as a date.
/// </summary>
internal sealed record NumberScan(
    string? NhsNumber,
    bool NhsNumberFailedCheck,
    IReadOnlyList<TextSpan> NhsSpans,
    string? Ubrn,
    string Masked);

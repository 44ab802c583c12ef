namespace CutoverBot.Core.Parsing;

/// <summary>
/// A date as typed, day first. <see cref="HasYear"/> is false when no year was typed ("on 24/11").
/// <see cref="Date"/> is the calendar date once the year is resolved, null when no such day exists (31/02).
/// </summary>
internal sealed record DateCandidate(TextSpan Span, DateOnly? Date, bool HasYear, DateMarker Marker);

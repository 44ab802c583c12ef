namespace CutoverBot.Core.Parsing;

/// <summary>A relative expression ("yesterday", "on Monday") and the date it stands for.</summary>
internal sealed record RelativeDate(TextSpan Span, DateOnly Date);

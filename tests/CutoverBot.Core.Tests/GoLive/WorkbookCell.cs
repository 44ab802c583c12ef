namespace CutoverBot.Core.Tests.GoLive;

/// <summary>A cell as read back: its value text, whether it is text, its number format, and the formula guard.</summary>
internal sealed record WorkbookCell(string Text, bool IsText, uint NumberFormatId, bool QuotePrefix, bool HasFormula);

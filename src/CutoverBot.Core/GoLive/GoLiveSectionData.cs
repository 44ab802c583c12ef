namespace CutoverBot.Core.GoLive;

/// <summary>One list on the go-live card: its first lines and, when it runs longer, a "Show all" button.</summary>
public sealed record GoLiveSectionData(string Key, string Title, IReadOnlyList<GoLiveLine> Lines, bool HasMore, string MoreText);

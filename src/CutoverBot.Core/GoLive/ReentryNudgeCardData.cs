using CutoverBot.Core.Checklist;

namespace CutoverBot.Core.GoLive;

/// <summary>Data for cards/reentry-nudge.json: the morning reminder in personal chat to someone with entries still to re-enter.</summary>
public sealed record ReentryNudgeCardData
{
    public required string PracticeId { get; init; }
    public required string Title { get; init; }
    public required string Text { get; init; }
    /// <summary>Their outstanding entries by kind (counts only).</summary>
    public required IReadOnlyList<GoLiveFact> Kinds { get; init; }
    public required string DeadlineText { get; init; }
}

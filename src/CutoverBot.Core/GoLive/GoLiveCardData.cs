using CutoverBot.Core.Checklist;

namespace CutoverBot.Core.GoLive;

/// <summary>
/// Data for cards/golive.json, the card the whole channel sees (guests included): counts, references and staff
/// names only. No field here can carry a patient's name, date of birth or NHS number.
/// </summary>
public sealed record GoLiveCardData
{
    public required string PracticeId { get; init; }
    public required string Title { get; init; }
    public required string Subtitle { get; init; }
    public required bool IsPreview { get; init; }
    public required string PreviewText { get; init; }
    public required string ProgressText { get; init; }
    public required bool HasCategories { get; init; }
    public required IReadOnlyList<GoLiveFact> Categories { get; init; }
    public required bool HasMentions { get; init; }
    public required string MentionText { get; init; }
    public required IReadOnlyList<GoLiveMention> Mentions { get; init; }
    public required bool HasOthers { get; init; }
    public required string OthersText { get; init; }
    public required IReadOnlyList<GoLiveSectionData> Sections { get; init; }
    public required bool IsEmpty { get; init; }
    public required string EmptyText { get; init; }
    public required string FooterText { get; init; }
    /// <summary>Who Teams asks for a user-specific view when they open the card (at most 60).</summary>
    public required IReadOnlyList<string> RefreshUserIds { get; init; }
}

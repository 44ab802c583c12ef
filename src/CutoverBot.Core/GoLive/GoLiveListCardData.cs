namespace CutoverBot.Core.GoLive;

/// <summary>Data for cards/golive-list.json: one page of a long go-live list. References and counts only.</summary>
public sealed record GoLiveListCardData
{
    public required string PracticeId { get; init; }
    public required string Section { get; init; }
    public required string Title { get; init; }
    public required string PageText { get; init; }
    public required IReadOnlyList<GoLiveLine> Lines { get; init; }
    public required bool HasPrevious { get; init; }
    public required int PreviousPage { get; init; }
    public required bool HasNext { get; init; }
    public required int NextPage { get; init; }
}

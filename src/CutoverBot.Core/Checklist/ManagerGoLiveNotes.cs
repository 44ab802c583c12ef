
namespace CutoverBot.Core.Checklist;

/// <summary>
/// What the practice manager's morning card adds from go-live on: who still has entries to re-enter, the warning
/// before legacy access ends, and entries logged after go-live since yesterday. Names, counts and references only.
/// </summary>
public sealed record ManagerGoLiveNotes
{
    /// <summary>False before go-live and after legacy access ends: the card shows none of this.</summary>
    public required bool Show { get; init; }
    public required string OutstandingText { get; init; }
    public required bool HasOutstanding { get; init; }
    /// <summary>Name and "5 to re-enter", most outstanding first.</summary>
    public required IReadOnlyList<GoLiveFact> Outstanding { get; init; }
    public required bool HasMoreOutstanding { get; init; }
    public required string MoreOutstandingText { get; init; }
    /// <summary>Set at 30, 14, 7 and 1 days before legacy access ends while anything is outstanding.</summary>
    public required bool HasLegacyWarning { get; init; }
    public required string LegacyWarningText { get; init; }
    public required int? LegacyDaysLeft { get; init; }
    public required bool HasLateEntries { get; init; }
    public required string LateEntriesText { get; init; }
    /// <summary>References of the entries logged yesterday after go-live.</summary>
    public required IReadOnlyList<string> LateEntries { get; init; }

    public static ManagerGoLiveNotes None { get; } = new()
    {
        Show = false, OutstandingText = "", HasOutstanding = false, Outstanding = [], HasMoreOutstanding = false, MoreOutstandingText = "",
        HasLegacyWarning = false, LegacyWarningText = "", LegacyDaysLeft = null, HasLateEntries = false, LateEntriesText = "", LateEntries = [],
    };
}


using CutoverBot.Core.Parsing;

namespace CutoverBot.Core.Checklist;

/// <summary>
/// The one question the checklist asks of go-live: how many of a practice's entries are still waiting to be
/// re-entered into the new system, by kind. Counts only, so the answer is safe on a channel card.
/// </summary>
public interface IReentryCounts
{
    /// <summary>Live entries still to re-enter, per kind; kinds with none are left out.</summary>
    IReadOnlyDictionary<EntryCategory, int> StillToReenter(string practiceId);
}

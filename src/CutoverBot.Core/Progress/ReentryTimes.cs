using CutoverBot.Core.Entries;

namespace CutoverBot.Core.Progress;

/// <summary>
/// When each of a practice's done entries was confirmed, for the burn-down. Outlines do not carry the time, and mapping
/// whole entries would open every sealed patient record: the store reads the plain field of its done entries only.
/// </summary>
public sealed class ReentryTimes(IEntryStore entries)
{
    public IReadOnlyDictionary<Guid, DateTimeOffset> DoneAt(string practiceId) => entries.DoneAt(practiceId);
}

using CutoverBot.Core.Entries;

namespace CutoverBot.Core.Status;

/// <summary>
/// Warnings about how the bot is run rather than about the practice (a client secret about to expire), which the host
/// adds to the manager's status card so the person who sees it can pass it on. Plain words, nothing about a patient.
/// </summary>
public sealed class StatusNotices(Func<IReadOnlyList<FactData>> current)
{
    public static StatusNotices None { get; } = new(() => []);

    /// <summary>The notices as they stand now, one status card fact each.</summary>
    public IReadOnlyList<FactData> Current() => current();
}

using CutoverBot.Core.Entries;

namespace CutoverBot.Core.Progress;

/// <summary>How the tabs spell an entry's status, in filters and in what they show.</summary>
public static class EntryStatusNames
{
    public static string Slug(EntryStatus status) => status switch
    {
        EntryStatus.Reentered => "reentered",
        EntryStatus.NotNeeded => "notneeded",
        _ => "pending",
    };

    public static string Label(EntryStatus status) => status switch
    {
        EntryStatus.Reentered => "Re-entered",
        EntryStatus.NotNeeded => "Not needed",
        _ => "To re-enter",
    };

    public static EntryStatus? FromSlug(string? slug) => slug?.Trim().ToLowerInvariant() switch
    {
        "pending" => EntryStatus.Pending,
        "reentered" => EntryStatus.Reentered,
        "notneeded" => EntryStatus.NotNeeded,
        _ => null,
    };
}

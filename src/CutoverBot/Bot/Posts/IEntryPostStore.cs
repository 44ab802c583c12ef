using CutoverBot.Core.Entries;
using CutoverBot.Core.Kernel;
using CutoverBot.Delivery;

namespace CutoverBot.Bot.Posts;

/// <summary>
/// Where each entry's cards were posted, written as Teams gives each one its id (in the turn, or later by the outbox),
/// so a change to the entry can reach them. Only the latest <see cref="KeptPerEntry"/> per entry are kept: older copies
/// were scrolled past. <see cref="EntryPostStore"/> (LiteDB) and <see cref="PostgreSql.PostgresEntryPostStore"/>.
/// </summary>
public interface IEntryPostStore : IPostedReplyRecorder
{
    const int KeptPerEntry = 6;
    private const string TagPrefix = "entry:";

    /// <summary>The tag a reply carries through the outbox: which entry, and whether it is the shared card.</summary>
    static string TagFor(Guid entryId, bool shared) => TagPrefix + entryId.ToString("N") + (shared ? ":shared" : ":personal");

    /// <summary>What <see cref="TagFor"/> made; null for any other tag.</summary>
    static (Guid EntryId, bool Shared)? EntryOfTag(string tag)
    {
        var parts = tag.Split(':');
        if (parts.Length != 3 || parts[0] + ":" != TagPrefix || !Guid.TryParseExact(parts[1], "N", out var entryId)) return null;
        return (entryId, parts[2] == "shared");
    }

    /// <summary>
    /// The entry a card is for, and whether it is the shared channel reply, so the posted message can be updated when
    /// the entry changes; null for every other card.
    /// </summary>
    static (Guid EntryId, bool Shared)? CardOf(CardReply? card) => card switch
    {
        { Template: EntryCards.ChannelTemplate, Data: EntryChannelCardData d } when Guid.TryParse(d.EntryId, out var id) => (id, true),
        { Template: EntryCards.SavedTemplate, Data: EntrySavedCardData d } when Guid.TryParse(d.EntryId, out var id) => (id, false),
        _ => null,
    };

    /// <summary>Records a post (an empty id is ignored) and forgets the entry's posts beyond the latest few.</summary>
    void Remember(Guid entryId, bool shared, string conversationId, string activityId, string? cardHash = null);

    /// <summary>The entry's posted cards, newest first.</summary>
    IReadOnlyList<EntryPost> ForEntry(Guid entryId);

    void MarkRendered(EntryPost post, string cardHash);
}

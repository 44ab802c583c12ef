
namespace CutoverBot.Core.Kernel;

/// <summary>Everything the bot says back to one message.</summary>
public sealed record ChatResponse(IReadOnlyList<OutgoingMessage> Messages)
{
    /// <summary>
    /// The practice whose checklist ticks this message changed, if any: the host then brings that practice's posted
    /// checklist card up to date, so a tick typed anywhere shows where everyone looks.
    /// </summary>
    public string? ChecklistChangedFor { get; init; }

    /// <summary>
    /// The practice whose re-entry progress this changed, if any: the host then brings that practice's posted go-live
    /// cards up to date, wherever the confirmation was made.
    /// </summary>
    public string? ReentryChangedFor { get; init; }

    /// <summary>
    /// The entry this message changed, undid or deleted, if any: the host then brings the cards it posted for that entry
    /// (the channel reply, and the author's own card once the entry is removed) up to date.
    /// </summary>
    public Guid? EntryChanged { get; init; }

    public static ChatResponse Say(string text) => new([OutgoingMessage.Say(text)]);
    public static ChatResponse Show(CardReply card) => new([OutgoingMessage.Show(card)]);
}

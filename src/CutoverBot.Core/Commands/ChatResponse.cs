using CutoverBot.Core.Cards;

namespace CutoverBot.Core.Commands;

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

    public static ChatResponse Say(string text) => new([OutgoingMessage.Say(text)]);
    public static ChatResponse Show(CardReply card) => new([OutgoingMessage.Show(card)]);
}

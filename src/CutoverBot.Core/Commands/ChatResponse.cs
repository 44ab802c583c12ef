using CutoverBot.Core.Cards;

namespace CutoverBot.Core.Commands;

/// <summary>Everything the bot says back to one message.</summary>
public sealed record ChatResponse(IReadOnlyList<OutgoingMessage> Messages)
{
    public static ChatResponse Say(string text) => new([OutgoingMessage.Say(text)]);
    public static ChatResponse Show(CardReply card) => new([OutgoingMessage.Show(card)]);
}

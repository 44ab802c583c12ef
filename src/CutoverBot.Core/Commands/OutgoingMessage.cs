using CutoverBot.Core.Cards;

namespace CutoverBot.Core.Commands;

/// <summary>One message the host should send: text, a card, or both.</summary>
public sealed record OutgoingMessage(Audience Audience, string? Text = null, CardReply? Card = null)
{
    public static OutgoingMessage Say(string text) => new(Audience.Here, text);
    public static OutgoingMessage Show(CardReply card) => new(Audience.Here, null, card);
}

namespace CutoverBot.Core.Cards;

/// <summary>Binds typed data to the Adaptive Card templates embedded from cards/.</summary>
public sealed class CardRenderer
{
    /// <summary>Returns the card JSON. Throws when a binding cannot be resolved, so no ${...} ever reaches a user.</summary>
    public string Render(CardReply card) => throw new NotImplementedException("card renderer lands with the cards work");
}

using CutoverBot.Core.Cards;

namespace CutoverBot.Delivery;

/// <summary>The production renderer: Core's template binder.</summary>
internal sealed class CoreCardJsonRenderer(CardRenderer renderer) : ICardJsonRenderer
{
    public string Render(CardReply card) => renderer.Render(card);
}

using CutoverBot.Core.Cards;
using CutoverBot.Core.Kernel;

namespace CutoverBot.Delivery;

/// <summary>The production renderer: Core's template binder.</summary>
internal sealed class CoreCardJsonRenderer(CardRenderer renderer) : ICardJsonRenderer
{
    public string Render(CardReply card) => renderer.Render(card);
}

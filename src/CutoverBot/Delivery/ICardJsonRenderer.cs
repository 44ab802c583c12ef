
using CutoverBot.Core.Kernel;

namespace CutoverBot.Delivery;

/// <summary>Turns a card reply into Adaptive Card JSON. An interface so delivery tests need not depend on the real templates.</summary>
public interface ICardJsonRenderer
{
    string Render(CardReply card);
}

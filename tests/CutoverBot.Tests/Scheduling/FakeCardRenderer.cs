using System.Text.Json;
using CutoverBot.Core.Kernel;
using CutoverBot.Delivery;

namespace CutoverBot.Tests.Scheduling;

/// <summary>Renders a <see cref="FakePlanner"/> card as a one-line Adaptive Card carrying its text.</summary>
public sealed class FakeCardRenderer : ICardJsonRenderer
{
    public string Render(CardReply card) => JsonSerializer.Serialize(new
    {
        type = "AdaptiveCard",
        version = "1.5",
        body = new[] { new { type = "TextBlock", text = card.Data.ToString() } },
    });
}

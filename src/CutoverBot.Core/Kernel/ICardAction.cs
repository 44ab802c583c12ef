using System.Text.Json;

namespace CutoverBot.Core.Kernel;

/// <summary>One Action.Execute verb (feature.action). The data may be forged: answer 400/403, never throw.</summary>
public interface ICardAction
{
    string Verb { get; }

    CardActionResult Handle(ChatContext context, JsonElement data);
}

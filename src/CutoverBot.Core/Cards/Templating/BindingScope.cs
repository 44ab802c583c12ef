using System.Text.Json.Nodes;

namespace CutoverBot.Core.Cards.Templating;

/// <summary>What a binding sees: the whole data ($root), the current object ($data) and, inside a repeat, $index.</summary>
internal sealed record BindingScope(JsonNode? Root, JsonNode? Data, int? Index)
{
    public BindingScope WithData(JsonNode? data) => this with { Data = data };

    public BindingScope WithItem(JsonNode? item, int index) => new(Root, item, index);
}

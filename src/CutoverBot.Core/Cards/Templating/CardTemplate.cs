using System.Text.Json;
using System.Text.Json.Nodes;

namespace CutoverBot.Core.Cards.Templating;

/// <summary>One compiled card template. Immutable after compiling, so one instance serves every thread.</summary>
internal sealed class CardTemplate
{
    private readonly TemplateNode root;

    private CardTemplate(string name, TemplateNode root)
    {
        Name = name;
        this.root = root;
    }

    public string Name { get; }

    public static CardTemplate Compile(string name, string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            return new CardTemplate(name, TemplateCompiler.Compile(document.RootElement));
        }
        catch (JsonException)
        {
            // The parser's message can quote the template, not data; still, keep the reason generic and short.
            throw new CardBindingException(name, "is not valid JSON.");
        }
        catch (TemplateSyntaxException e)
        {
            throw new CardBindingException(name, e.Message);
        }
    }

    public JsonObject Bind(JsonNode? data)
    {
        try
        {
            var run = new BindingRun();
            var card = root.ExpandOne(new BindingScope(data, data, null), run, out var dropped);
            if (dropped || card is not JsonObject result)
            {
                throw new TemplateSyntaxException("the card itself must expand to exactly one object (check the root $when and $data).");
            }

            if (run.FindLeftover(result) is not null)
            {
                throw new TemplateSyntaxException("a '${' is left in the card after binding.");
            }

            return result;
        }
        catch (TemplateSyntaxException e)
        {
            throw new CardBindingException(Name, e.Message);
        }
    }
}

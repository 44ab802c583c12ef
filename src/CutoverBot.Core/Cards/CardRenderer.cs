using System.Collections.Frozen;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CutoverBot.Core.Cards.Templating;
using CutoverBot.Core.Kernel;

namespace CutoverBot.Core.Cards;

/// <summary>
/// Binds typed data to the Adaptive Card templates embedded from cards/ (resources named <c>cards/&lt;name&gt;.json</c>).
/// Supports the subset of the Adaptive Card templating language the templates use: <c>${path}</c>, <c>$data</c>
/// (scope or repeat), <c>$when</c>, <c>$root</c> and <c>$index</c>. Thread-safe; register it as a singleton.
/// </summary>
public sealed class CardRenderer
{
    /// <summary>Teams refuses a message over about 28 KB, so a rendered card must stay below this many UTF-8 bytes.</summary>
    public const int MaxCardBytes = 28 * 1024;

    private const string ResourcePrefix = "cards/";
    private const string ResourceSuffix = ".json";

    private static readonly JsonSerializerOptions DataOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    // Relaxed escaping keeps apostrophes and non-ASCII names readable and the card small; the JSON goes to Teams, never into HTML.
    private static readonly JsonSerializerOptions OutputOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly FrozenDictionary<string, Lazy<CardTemplate>> templates;

    /// <summary>Uses the templates embedded in CutoverBot.Core.</summary>
    public CardRenderer()
        : this(ReadEmbedded(typeof(CardRenderer).Assembly))
    {
    }

    /// <summary>Uses the given templates (name to template JSON), e.g. in tests.</summary>
    public CardRenderer(IReadOnlyDictionary<string, string> templateJson) =>
        templates = templateJson.ToFrozenDictionary(
            t => t.Key,
            t => new Lazy<CardTemplate>(() => CardTemplate.Compile(t.Key, t.Value), LazyThreadSafetyMode.ExecutionAndPublication),
            StringComparer.Ordinal);

    /// <summary>The template names, without the cards/ prefix and .json suffix.</summary>
    public IReadOnlyCollection<string> TemplateNames => templates.Keys;

    /// <summary>Returns the card JSON. Throws <see cref="CardBindingException"/> when a binding cannot be resolved, so no ${...} ever reaches a user.</summary>
    public string Render(CardReply card) => RenderNode(card).ToJsonString(OutputOptions);

    /// <summary>Renders a template with data that is already JSON, such as a sample data file.</summary>
    public string Render(string template, JsonNode? data) => RenderNode(template, data).ToJsonString(OutputOptions);

    /// <summary>The rendered card as a JSON object, for a host that attaches it as the attachment's content.</summary>
    public JsonObject RenderNode(CardReply card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return RenderNode(card.Template, card.Data is null ? null : JsonSerializer.SerializeToNode(card.Data, card.Data.GetType(), DataOptions));
    }

    /// <inheritdoc cref="Render(string, JsonNode?)"/>
    public JsonObject RenderNode(string template, JsonNode? data)
    {
        ArgumentNullException.ThrowIfNull(template);
        return Find(template).Bind(data);
    }

    /// <summary>Checks a template compiles (every expression parses and every function is known) without binding it.</summary>
    public void Compile(string template) => Find(template);

    /// <summary>The size Teams counts: UTF-8 bytes.</summary>
    public static int Utf8Size(string json) => Encoding.UTF8.GetByteCount(json);

    private CardTemplate Find(string template) =>
        templates.TryGetValue(template, out var compiled)
            ? compiled.Value
            : throw new CardBindingException(template, "no such template is embedded (is the file in cards/?).");

    private static Dictionary<string, string> ReadEmbedded(Assembly assembly)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (resource.StartsWith(ResourcePrefix, StringComparison.Ordinal) && resource.EndsWith(ResourceSuffix, StringComparison.Ordinal))
            {
                using var stream = assembly.GetManifestResourceStream(resource)!;
                using var reader = new StreamReader(stream, Encoding.UTF8);
                result[resource[ResourcePrefix.Length..^ResourceSuffix.Length]] = reader.ReadToEnd();
            }
        }

        return result;
    }
}

using System.Text.Json.Nodes;

namespace CutoverBot.Tests.Infrastructure;

/// <summary>One request the bot made to the fake Bot Connector.</summary>
public sealed record ConnectorCall(string Method, string Path, string? ConversationId, string? ActivityId, JsonNode? Body, string RawBody)
{
    public string? Text => Body?["text"]?.GetValue<string>();

    /// <summary>The first adaptive card attached, if any.</summary>
    public JsonNode? Card => Body?["attachments"]?.AsArray().FirstOrDefault(a => a?["contentType"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive")?["content"];

    /// <summary>The first attachment of this content type, whole (contentType, name, contentUrl, content).</summary>
    public JsonNode? Attachment(string contentType) =>
        Body?["attachments"]?.AsArray().FirstOrDefault(a => a?["contentType"]?.GetValue<string>() == contentType);

    /// <summary>Everything the bot sent in this call, as one string, for "never contains" checks.</summary>
    public string Everything => RawBody;
}

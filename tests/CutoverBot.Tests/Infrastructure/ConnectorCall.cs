using System.Text.Json.Nodes;

namespace CutoverBot.Tests.Infrastructure;

/// <summary>One request the bot made to the fake Bot Connector, and the (fake) time it arrived.</summary>
public sealed record ConnectorCall(string Method, string Path, string? ConversationId, string? ActivityId, JsonNode? Body, string RawBody, DateTimeOffset At)
{
    public bool IsNewPost => Method == "POST" && ConversationId is not null;

    public bool IsCreateConversation => Method == "POST" && ConversationId is null;

    public bool IsUpdate => Method == "PUT";

    public string? Text => Body?["text"]?.GetValue<string>();

    /// <summary>The first adaptive card attached, if any.</summary>
    public JsonNode? Card => Body?["attachments"]?.AsArray().FirstOrDefault(a => a?["contentType"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive")?["content"];

    /// <summary>The text of the card's first block: delivery tests send one-line cards and identify them by it.</summary>
    public string? CardText => Card?["body"]?[0]?["text"]?.GetValue<string>();

    /// <summary>The first attachment of this content type, whole (contentType, name, contentUrl, content).</summary>
    public JsonNode? Attachment(string contentType) =>
        Body?["attachments"]?.AsArray().FirstOrDefault(a => a?["contentType"]?.GetValue<string>() == contentType);

    /// <summary>Everything the bot sent in this call, as one string, for "never contains" checks.</summary>
    public string Everything => RawBody;
}

using System.Text.Json.Nodes;

namespace CutoverBot.Tests.Delivery;

/// <summary>One request the bot made to the connector, and the fake time it arrived.</summary>
public sealed record ConnectorRequest(string Method, string Path, string? ConversationId, string? ActivityId, JsonNode? Body, DateTimeOffset At)
{
    public bool IsNewPost => Method == "POST" && ConversationId is not null;
    public bool IsCreateConversation => Method == "POST" && ConversationId is null;
    public bool IsUpdate => Method == "PUT";
    public string? CardText => Body?["attachments"]?[0]?["content"]?["body"]?[0]?["text"]?.GetValue<string>();
}

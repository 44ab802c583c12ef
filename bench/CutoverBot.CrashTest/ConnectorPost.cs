namespace CutoverBot.CrashTest;

/// <summary>One message the fake connector accepted (answered 2xx): where it went and the entry reference it names, if any.</summary>
internal sealed record ConnectorPost(string ConversationId, string? Reference, bool IsCard, string Body);

namespace CutoverBot.Tests.Delivery;

public sealed record ScriptedReply(int Status, string? RetryAfter = null, string? ErrorCode = null);

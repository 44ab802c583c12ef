namespace CutoverBot.Tests.Infrastructure;

/// <summary>An answer the fake connector gives instead of success: a status, an optional Retry-After and a Teams error code.</summary>
public sealed record ScriptedReply(int Status, string? RetryAfter = null, string? ErrorCode = null);

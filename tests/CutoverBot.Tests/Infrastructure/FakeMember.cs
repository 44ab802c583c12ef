namespace CutoverBot.Tests.Infrastructure;

public sealed record FakeMember(string Id, string Name, string UserRole = "user", string? AadObjectId = null);

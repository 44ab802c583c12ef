namespace CutoverBot.Tests.Infrastructure;

/// <summary>A request to the fake connector's stand-ins for OneDrive uploads and Microsoft Graph, with its raw body.</summary>
public sealed record FakeHttpCall(string Method, string Path, string? ContentRange, byte[] Body);

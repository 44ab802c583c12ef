namespace CutoverBot.Core.Commands;

/// <summary>
/// A file to hand to the author in personal chat (Teams asks them to accept it first). When
/// <paramref name="AlsoToChannelFiles"/> is set and Microsoft Graph is configured, the host also uploads it to the
/// practice channel's Files folder.
/// </summary>
public sealed record FileReply(string FileName, string ContentType, byte[] Content, bool AlsoToChannelFiles = false)
{
    public override string ToString() => $"FileReply {{ FileName = {FileName}, Bytes = {Content.Length} }}";
}

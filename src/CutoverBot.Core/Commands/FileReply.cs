namespace CutoverBot.Core.Commands;

/// <summary>
/// A file to hand to the author in personal chat (Teams asks them to accept it first). When
/// <paramref name="AlsoToChannelFiles"/> is set and Microsoft Graph is configured, the host also uploads it to the
/// practice channel's Files folder.
/// </summary>
public sealed record FileReply(string FileName, string ContentType, byte[] Content, bool AlsoToChannelFiles = false)
{
    /// <summary>The practice the file belongs to, so the host knows whose channel Files folder to copy it to.</summary>
    public string? PracticeId { get; init; }

    public override string ToString() => $"FileReply {{ FileName = {FileName}, Bytes = {Content.Length} }}";
}

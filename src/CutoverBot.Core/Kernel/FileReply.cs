namespace CutoverBot.Core.Kernel;

/// <summary>
/// A file to hand to the author in personal chat (Teams asks them to accept it first). <see cref="ChannelCopy"/>, when
/// set and Microsoft Graph is configured, is what the host uploads to the practice channel's Files folder: guests can
/// open that folder, so it is a different file, without patient details.
/// </summary>
public sealed record FileReply(string FileName, string ContentType, byte[] Content)
{
    /// <summary>The practice whose channel a <see cref="ChannelCopy"/> belongs to.</summary>
    public string? PracticeId { get; init; }

    /// <summary>A version fit for the channel's Files (no patient details), or null to keep the file out of the channel.</summary>
    public FileReply? ChannelCopy { get; init; }

    public override string ToString() => $"FileReply {{ FileName = {FileName}, Bytes = {Content.Length} }}";
}

namespace CutoverBot.Graph;

/// <summary>How copying one file to a channel's Files went; <paramref name="Problem"/> is plain words, with no file content.</summary>
public sealed record ChannelUploadResult(bool Uploaded, string? WebUrl, string? Problem)
{
    public static ChannelUploadResult Done(string? webUrl) => new(true, webUrl, null);
    public static ChannelUploadResult Failed(string problem) => new(false, null, problem);
}

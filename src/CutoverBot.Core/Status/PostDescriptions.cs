using CutoverBot.Core.Entries;
using CutoverBot.Core.Scheduling;

namespace CutoverBot.Core.Status;

/// <summary>How status names a morning post and says what became of it.</summary>
public static class PostDescriptions
{
    /// <summary>A claim older than this with no outcome means the bot stopped while sending.</summary>
    public static readonly TimeSpan InterruptedAfter = TimeSpan.FromMinutes(10);

    public static string KindName(MorningPostKind kind) => kind switch
    {
        MorningPostKind.ChannelChecklist => "Daily checklist card",
        MorningPostKind.GoLiveChannel => "Go-live card",
        MorningPostKind.ManagerMorning => "Manager's morning card",
        MorningPostKind.ReentryNudge => "Re-entry reminder",
        _ => kind.ToString(),
    };

    /// <summary>"Daily checklist card, Thu 26 Nov 08:00: delivered".</summary>
    public static string Describe(PostRecord post, DateTimeOffset now) =>
        $"{KindName(post.Kind)}, {UkFormat.LoggedAt(post.SentAt ?? post.ClaimedAt)}: {Outcome(post, now)}";

    public static string Outcome(PostRecord post, DateTimeOffset now) => post.Status switch
    {
        PostStatus.Sent => "delivered",
        PostStatus.Failed when post.RetryAt is { } at => $"not delivered yet, trying again at {UkFormat.Time(at)}",
        PostStatus.Failed => "not delivered",
        PostStatus.GaveUp => "not delivered (no more tries)",
        _ when IsInterrupted(post, now) => "not confirmed: the bot stopped while sending it, so it may not have arrived",
        _ => "being sent",
    };

    /// <summary>True when the post did not (or may not) reach Teams and nothing will try again.</summary>
    public static bool IsProblem(PostRecord post, DateTimeOffset now) =>
        post.Status == PostStatus.GaveUp || IsInterrupted(post, now);

    private static bool IsInterrupted(PostRecord post, DateTimeOffset now) =>
        post.Status == PostStatus.Claimed && now - post.ClaimedAt > InterruptedAfter;
}

using CutoverBot.Core.Practices;
using CutoverBot.Core.Scheduling;

namespace CutoverBot.Scheduling;

/// <summary>The scheduler's decisions, kept free of I/O so they can be tested on their own.</summary>
public static class MorningDue
{
    /// <summary>
    /// The active, set-up practices whose post time for today (London) is at or before <paramref name="now"/>. Only today
    /// counts: a post missed on an earlier day (the bot was down all day) is not sent late.
    /// </summary>
    public static IReadOnlyList<DuePractice> PracticesDue(IEnumerable<Practice> practices, DateTimeOffset now)
    {
        var today = MorningSchedule.LondonDate(now);
        var due = new List<DuePractice>();
        foreach (var practice in practices)
        {
            if (!practice.Active || !practice.IsSetUp) continue;
            var at = MorningSchedule.PostTimeOn(practice.MorningPostTime, today);
            if (at <= now) due.Add(new DuePractice(practice, today, at));
        }
        return due;
    }

    /// <summary>
    /// The practice settings a day's plan depends on (which posts, to whom). A pass that finds them changed since the
    /// day was planned plans again; the post log still keeps every post already sent from going out twice.
    /// </summary>
    public static string PlanSettings(Practice practice) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{practice.FdpDate:yyyy-MM-dd}|{practice.GoLiveDate:yyyy-MM-dd}|{practice.SetUpOn:yyyy-MM-dd}|{practice.ManagerUserId}|{practice.IsDispensing}");

    /// <summary>Whether a post with this log record (null: never tried) should be attempted now.</summary>
    public static bool ShouldAttempt(PostRecord? record, DateTimeOffset now) =>
        record is null || (record.Status == PostStatus.Failed && record.RetryAt is { } retryAt && retryAt <= now);

    /// <summary>
    /// When the scheduler should next look: the next post time of any active practice, an earlier retry, or at most
    /// <paramref name="maxSleep"/> from now so new practices and changed times are picked up.
    /// </summary>
    public static DateTimeOffset NextWake(IEnumerable<Practice> practices, DateTimeOffset now, DateTimeOffset? earliestRetry, TimeSpan maxSleep)
    {
        var wake = now + maxSleep;
        foreach (var practice in practices)
        {
            if (!practice.Active || !practice.IsSetUp) continue;
            var next = MorningSchedule.NextPostTime(practice.MorningPostTime, now);
            if (next < wake) wake = next;
        }
        if (earliestRetry is { } retry && retry < wake) wake = retry > now ? retry : now;
        return wake;
    }

    /// <summary>
    /// When a failed post may be tried again, or null when it should not be: too many attempts, or the retry would fall
    /// on another London day (a morning card is about its own day).
    /// </summary>
    public static DateTimeOffset? RetryTime(PostRecord record, DateTimeOffset now, TimeSpan retryInterval, int maxAttempts)
    {
        if (record.Attempts >= maxAttempts) return null;
        var at = now + retryInterval;
        return MorningSchedule.LondonDate(at) == record.Date ? at : null;
    }
}

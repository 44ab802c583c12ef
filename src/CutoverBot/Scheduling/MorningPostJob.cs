using CutoverBot.Core.Practices;
using CutoverBot.Core.Scheduling;
using CutoverBot.Delivery;
using CutoverBot.Timing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CutoverBot.Scheduling;

/// <summary>
/// One pass of the morning posts: for each practice that is due, claim each of the day's posts in the post log (the
/// channel card, the manager's card, the re-entry nudges), send it, and record the outcome. A claim that fails to send
/// is released for a retry later the same day. A claim left by a process that stopped before the post was handed to
/// the Bot Connector is claimed again and sent; one that was with the connector is not, so a restart during the
/// morning fan-out neither skips a practice nor posts twice (the one gap: a process killed after marking a post as
/// handed over but before its bytes left). When the host stops, sends under way get <see cref="DrainGrace"/> to finish
/// rather than being cut off mid-request. Across instances one runs the fan-out at a time (<see cref="IFanOutLease"/>):
/// a pass first takes the lease, renews it while it posts, and stops before its next card once the lease is lost; every
/// claim carries the pass's turn, which the post log refuses once another instance has taken the lease over.
/// </summary>
public sealed class MorningPostJob(
    IPracticeStore practices,
    IPostLogStore postLog,
    IFanOutLease lease,
    IMorningPostPlanner planner,
    ICardJsonRenderer renderer,
    IProactiveSender sender,
    DelayClock clock,
    IOptions<SchedulerOptions> options,
    ILogger<MorningPostJob> logger)
{
    /// <summary>How long a send under way may go on after the host starts stopping.</summary>
    internal static readonly TimeSpan DrainGrace = TimeSpan.FromSeconds(5);

    private readonly SchedulerOptions _options = options.Value;

    /// <summary>How soon to try again for the lease when another instance holds it.</summary>
    public TimeSpan LeaseRetry => lease.RenewEvery ?? _options.MaxSleep;

    /// <summary>Runs one pass; false when another instance holds the fan-out lease (or took it over during the pass).</summary>
    public async Task<bool> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = MorningDue.PracticesDue(practices.All(), now);
        if (due.Count == 0) return true;
        if (lease.TryTake(clock.UtcNow) is not { } turn)
        {
            SchedulerLog.LeaseHeldElsewhere(logger, LeaseRetry);
            return false;
        }
        using var sends = new CancellationTokenSource(Timeout.InfiniteTimeSpan, clock.Time);
        using var draining = cancellationToken.Register(() => sends.CancelAfter(DrainGrace));
        // Cancelled when the lease is lost: no practice starts another card after that (sends under way finish, and the
        // post log refuses to put on the wire one that another instance has claimed since).
        using var pass = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await using var renewal = new FanOutRenewal(lease, turn, clock, pass, logger);
        try
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxParallelPractices, CancellationToken = pass.Token };
            await Parallel.ForEachAsync(due, parallel, (d, ct) => new ValueTask(DeliverAsync(d, now, turn, ct, sends.Token)));
            return !pass.IsCancellationRequested;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private async Task DeliverAsync(DuePractice due, DateTimeOffset now, FanOutTurn turn, CancellationToken cancellationToken, CancellationToken sendToken)
    {
        var (practice, date, _) = due;
        // Most passes find the day already handled; only then is the planner (which reads the checklist and every entry
        // of the practice) spared. A failed post whose retry time has come, or changed settings, mean planning again.
        var settings = MorningDue.PlanSettings(practice);
        if (postLog.WasPlanned(practice.Id, date, settings) && !postLog.HasRetryDue(practice.Id, date, now)) return;

        IReadOnlyList<MorningPost> posts;
        try
        {
            // Worded for now, not for the post time: a post caught up in the afternoon must not say good morning.
            posts = planner.Plan(practice, date, clock.UtcNow);
        }
        catch (Exception ex)
        {
            SchedulerLog.PlanFailed(logger, ex, date, practice.Id);
            return;
        }

        // The channel card first: if the bot has been removed from the team, nothing else is sent.
        var ordered = posts.Where(p => p.PracticeId == practice.Id && p.Date == date)
            .OrderByDescending(p => p.Kind.IsChannel()).ThenBy(p => p.Kind).ThenBy(p => p.RecipientUserId, StringComparer.Ordinal);
        foreach (var post in ordered)
        {
            if (cancellationToken.IsCancellationRequested || !practice.Active) return;
            await DeliverPostAsync(practice, post, now, turn, sendToken);
        }
        // Refused when this pass lost the lease: its claims were refused too, so the day is left to the new holder.
        if (!cancellationToken.IsCancellationRequested) postLog.MarkPlanned(practice.Id, date, settings, clock.UtcNow, turn);
    }

    private async Task DeliverPostAsync(Practice practice, MorningPost post, DateTimeOffset now, FanOutTurn turn, CancellationToken cancellationToken)
    {
        var isChannel = post.Kind.IsChannel();
        if (!isChannel && string.IsNullOrEmpty(post.RecipientUserId))
        {
            SchedulerLog.NoRecipient(logger, practice.Id);
            return;
        }
        var key = PostKey.For(post);
        var record = postLog.Find(key);
        // Claimed: by a send in progress here (the reclaim refuses it) or by a process that stopped before the post left
        // (sent now). A Sending record is never retried: it is in progress here, or was with Teams when its process stopped.
        var interrupted = record is { Status: PostStatus.Claimed };
        if (!interrupted && !MorningDue.ShouldAttempt(record, now)) return;
        var claimed = interrupted ? postLog.TryReclaimInterrupted(key, clock.UtcNow, turn) : postLog.TryClaim(key, clock.UtcNow, turn);
        if (!claimed) return;
        if (interrupted) SchedulerLog.Interrupted(logger, key.Kind.ToString(), key.Date, practice.Id);
        await SendClaimedAsync(practice, post, key, isChannel, cancellationToken);
    }

    private async Task SendClaimedAsync(Practice practice, MorningPost post, PostKey key, bool isChannel, CancellationToken cancellationToken)
    {
        SendResult result;
        try
        {
            var json = renderer.Render(post.Card);
            result = await sender.SendCardAsync(practice, isChannel ? null : post.RecipientUserId, json, onWire => postLog.MarkOnWire(key, onWire), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            SchedulerLog.PlanFailed(logger, ex, post.Date, practice.Id);
            result = SendResult.Failed;
        }
        Record(key, result);
        if (result.Outcome == SendOutcome.Sent && isChannel) await SupersedeOlderAsync(practice, post.Date, cancellationToken);
    }

    private void Record(PostKey key, SendResult result)
    {
        var kind = key.Kind.ToString();
        switch (result.Outcome)
        {
            case SendOutcome.Sent:
                postLog.MarkSent(key, result.ActivityId ?? "", result.ConversationId ?? "", clock.UtcNow);
                SchedulerLog.Posted(logger, kind, key.Date, key.PracticeId);
                return;
            case SendOutcome.Gone:
                postLog.MarkGaveUp(key);
                SchedulerLog.NotDelivered(logger, kind, key.Date, key.PracticeId, result.Outcome.ToString(), null);
                return;
            default:
                var record = postLog.Find(key)!;
                var retryAt = MorningDue.RetryTime(record, clock.UtcNow, _options.RetryInterval, _options.MaxAttemptsPerDay);
                if (retryAt is { } at) postLog.MarkFailed(key, at);
                else postLog.MarkGaveUp(key);
                SchedulerLog.NotDelivered(logger, kind, key.Date, key.PracticeId, result.Outcome.ToString(), retryAt);
                return;
        }
    }

    /// <summary>
    /// Replaces earlier checklist cards with their superseded version, so nobody ticks a stale card. The go-live card is
    /// a different kind and is never touched: it stays live for the re-entry confirmations.
    /// </summary>
    private async Task SupersedeOlderAsync(Practice practice, DateOnly date, CancellationToken cancellationToken)
    {
        foreach (var old in postLog.SentAndNotSupersededBefore(practice.Id, MorningPostKind.ChannelChecklist, date))
        {
            var outcome = SendOutcome.Failed;
            if (!string.IsNullOrEmpty(old.ActivityId) && !string.IsNullOrEmpty(old.ConversationId))
            {
                try
                {
                    var json = renderer.Render(planner.BuildSupersededChannelCard(practice, old.Date));
                    outcome = (await sender.UpdateCardAsync(practice, old.ConversationId, old.ActivityId, json, cancellationToken)).Outcome;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    SchedulerLog.PlanFailed(logger, ex, old.Date, practice.Id);
                }
            }
            // Throttled: left for the next morning's post to try again. Anything else will not improve with retries.
            if (outcome != SendOutcome.Throttled) postLog.MarkSuperseded(old.ToKey(), clock.UtcNow);
            SchedulerLog.Superseded(logger, old.Date, practice.Id, outcome.ToString());
            if (outcome == SendOutcome.Gone) return;
        }
    }
}

using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CutoverBot.Bot.Throttling;

/// <summary>
/// Runs after the adapter has authenticated the request, so a forged activity cannot use up someone else's allowance.
/// <para>
/// What a held-back turn gets, and why: an entry is saved the moment it arrives, and a typed message may be one, so
/// a message is never refused. Answering 429 would leave it to the Bot Connector to deliver it again, which it does
/// not promise to do (Teams shows the user nothing, and the entry would be gone). So a held-back message is still
/// handled in full (saved, filed, audited); only the answers in its conversation are held back, replaced by one
/// short notice a minute, so a flood cannot use up the channel's share of Teams' message limits that the rest of the
/// practice needs. A card click (adaptiveCard/action) creates no entry and Teams shows its answer on the card, so
/// a held-back click is not run and the user is told to try again. Installs, roster updates and file consents are
/// never held back.
/// </para>
/// </summary>
internal sealed class ThrottlingMiddleware(TurnThrottle throttle, ILogger<ThrottlingMiddleware> logger) : Microsoft.Bot.Builder.IMiddleware
{
    internal const string HeldBackNotice =
        "You're sending messages faster than I can answer, so I'm holding back my replies for a minute. " +
        "Everything you send is still saved: type \"my entries\" in a minute to check.";

    internal const string ClickRefusal = "Too many clicks at once. Nothing was changed: wait a minute and try again.";

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (!throttle.Enabled || !IsCounted(activity))
        {
            await next(cancellationToken);
            return;
        }

        var user = activity.From.AadObjectId ?? activity.From.Id;
        var conversation = activity.Conversation.Id.Split(';')[0];
        var verdict = throttle.TryAcquire(user, conversation);
        if (verdict == ThrottleVerdict.Allowed)
        {
            await next(cancellationToken);
            return;
        }

        var noticeDue = throttle.ClaimNotice(user);
        if (noticeDue) ThrottleLog.HeldBack(logger, activity.From.Id, conversation, verdict.ToString());
        if (activity.Type == ActivityTypes.Invoke)
        {
            turnContext.TurnState.Set(InvokeAnswers.InvokeResponseKey, new Activity
            {
                Type = ActivityTypesEx.InvokeResponse,
                Value = InvokeAnswers.Wrap(InvokeAnswers.Message(ClickRefusal)),
            });
            return;
        }

        turnContext.OnSendActivities((_, outgoing, send) =>
        {
            noticeDue = HoldBack(outgoing, noticeDue);
            return outgoing.Count == 0 ? Task.FromResult(Array.Empty<ResourceResponse>()) : send();
        });
        await next(cancellationToken);
    }

    // Messages typed by people and Action.Execute clicks; everything else is Teams telling the bot about changes.
    private static bool IsCounted(Activity activity) =>
        activity.From?.Id is not null && activity.Conversation?.Id is not null &&
        (activity.Type == ActivityTypes.Message ||
         (activity.Type == ActivityTypes.Invoke && activity.Name == "adaptiveCard/action"));

    /// <summary>Drops the outgoing messages, the first one replaced by the notice when it is due. Returns whether it still is.</summary>
    private static bool HoldBack(List<Activity> outgoing, bool noticeDue)
    {
        var next = outgoing.FindIndex(a => a.Type == ActivityTypes.Message);
        if (next < 0) return noticeDue;
        if (noticeDue)
        {
            outgoing[next] = HeldBackActivity(outgoing[next]);
            next++;
        }
        for (var i = outgoing.Count - 1; i >= next; i--)
            if (outgoing[i].Type == ActivityTypes.Message) outgoing.RemoveAt(i);
        return false;
    }

    private static Activity HeldBackActivity(Activity original)
    {
        var notice = (Activity)MessageFactory.Text(HeldBackNotice);
        notice.From = original.From;
        notice.Recipient = original.Recipient;
        notice.Conversation = original.Conversation;
        notice.ChannelId = original.ChannelId;
        notice.ServiceUrl = original.ServiceUrl;
        notice.ReplyToId = original.ReplyToId;
        return notice;
    }
}

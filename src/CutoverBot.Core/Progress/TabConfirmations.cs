using System.Text.Json;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.GoLive;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.Progress;

/// <summary>
/// "Re-entered" and "Not needed" from the personal tab: the go-live card's own actions (reentry.confirm,
/// reentry.notNeeded), given the data their buttons send, as a click in the person's personal chat. Their rules and
/// their audit records are the card's. Run here rather than through the router, which also records the re-entry view
/// it answers with as shown: the tab shows no such view, so no view is recorded.
/// </summary>
public sealed class TabConfirmations(IEnumerable<ICardAction> actions)
{
    private readonly ICardAction _confirm = actions.Single(a => a.Verb == ReentryConfirmAction.Name);
    private readonly ICardAction _notNeeded = actions.Single(a => a.Verb == ReentryNotNeededAction.Name);

    public CardActionResult Confirm(Practice practice, ChatUser user, Guid entryId) =>
        _confirm.Handle(Personal(practice, user), Data(practice, entryId, null));

    public CardActionResult NotNeeded(Practice practice, ChatUser user, Guid entryId, string reason) =>
        _notNeeded.Handle(Personal(practice, user), Data(practice, entryId, reason));

    /// <summary>What the result's re-entry view says happened ("Marked CALL-0007 re-entered."), if anything.</summary>
    public static string? StatusOf(CardActionResult result) =>
        result.Card?.Data is ReentryViewCardData { HasStatus: true } view ? view.StatusText : null;

    private static ChatContext Personal(Practice practice, ChatUser user) => new(user, ConversationKind.Personal, null, practice.TenantId);

    private static JsonElement Data(Practice practice, Guid entryId, string? reason)
    {
        var data = new Dictionary<string, string> { ["practiceId"] = practice.Id, ["entryId"] = entryId.ToString("D") };
        if (reason is not null) data["reason"] = reason;
        return JsonSerializer.SerializeToElement(data);
    }
}

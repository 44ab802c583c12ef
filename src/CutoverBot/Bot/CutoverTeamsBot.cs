using CutoverBot.Activities;
using CutoverBot.Bot.Extensions;
using CutoverBot.Bot.Files;
using CutoverBot.Bot.Intake;
using CutoverBot.Bot.Posts;
using CutoverBot.Bot.Welcome;
using CutoverBot.Core.Commands;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;
using CutoverBot.Delivery;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CutoverBot.Bot;

/// <summary>
/// The Teams side of the bot, kept thin: it turns activities into Core calls (<see cref="ChatCommandRouter"/>)
/// and keeps practices and rosters in step with installs and membership changes.
/// </summary>
internal sealed class CutoverTeamsBot(
    ChatCommandRouter router,
    IPracticeStore practices,
    PracticeInstaller installer,
    ReplySender sender,
    CardActionHandler cardActions,
    InstallGreeter greeter,
    FileConsentHandler fileConsent,
    GoLiveCardRefresher goLiveCards,
    ChecklistCardRefresher checklistCards,
    EntryCardRefresher entryCards,
    IntakeGate intake,
    OutboxTurnSender replies,
    MessageExtensionHandler messageExtension) : TeamsActivityHandler
{
    public override Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        replies.Guard(turnContext);
        return base.OnTurnAsync(turnContext, cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        // A copy Teams sends again because the first took too long is answered by the first.
        if (!intake.TryBegin(turnContext.Activity)) return;
        try
        {
            await HandleMessageAsync(turnContext, cancellationToken);
        }
        finally
        {
            intake.End(turnContext.Activity);
        }
    }

    private async Task HandleMessageAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.Value is JObject submitted && string.IsNullOrWhiteSpace(activity.Text))
        {
            await cardActions.SubmitAsync(turnContext, submitted, cancellationToken);
            intake.Complete(activity);
            return;
        }

        // Core's router cleans the text (once); the host only takes the bot's @mention off.
        var text = MessageText.WithoutBotMention(activity) ?? "";
        var context = TeamsContext.From(activity) with { MessageKey = IntakeGate.KeyOf(activity) };
        UserRecorder.Remember(practices, activity);
        if (context.TeamId is { } teamId)
        {
            await EnsurePracticeAsync(turnContext, cancellationToken);
            await installer.EnsureMemberAsync(turnContext, teamId, activity.From, cancellationToken);
        }

        var response = await router.HandleAsync(context, text, cancellationToken);
        intake.Complete(activity);
        await sender.SendAsync(turnContext, response.Messages, cancellationToken);
        if (response.ChecklistChangedFor is { } changed)
            await checklistCards.RefreshTodayAsync(changed, (null, null), cancellationToken);
        if (response.ReentryChangedFor is { } progressed)
            await goLiveCards.RefreshAsync(progressed, null, cancellationToken);
        if (response.EntryChanged is { } entryId)
            await entryCards.RefreshAsync(entryId, (null, null), cancellationToken);
    }

    protected override async Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Name == "adaptiveCard/action")
        {
            return await cardActions.ExecuteAsync(turnContext, cancellationToken);
        }
        if (turnContext.Activity.Name == "fileConsent/invoke")
        {
            // The SDK reads the answer and calls the accept or decline handler below, but throws on some malformed
            // values instead of answering 400: check the shape first.
            if (!IsFileConsentShape(turnContext.Activity.Value)) return new InvokeResponse { Status = 400 };
            return await base.OnInvokeActivityAsync(turnContext, cancellationToken);
        }
        if (MessageExtensionHandler.Handles(turnContext.Activity.Name))
        {
            return await messageExtension.HandleAsync(turnContext, cancellationToken);
        }
        // The bot offers no other invokes; answer quietly instead of the SDK's 501.
        return new InvokeResponse { Status = 200 };
    }

    private static bool IsFileConsentShape(object? value)
    {
        if (value is not JObject o || o["action"]?.Type != JTokenType.String) return false;
        try
        {
            // The same cast the SDK makes, which fails the turn on a field of the wrong type (uploadInfo.contentUrl an object).
            _ = o.ToObject<Microsoft.Bot.Schema.Teams.FileConsentCardResponse>();
            return true;
        }
        catch (Exception ex) when (ex is Newtonsoft.Json.JsonException or NullReferenceException or InvalidCastException)
        {
            // NullReference and InvalidCast: Newtonsoft's reading of a "$type" that is not a string (see MessagesEndpoint).
            return false;
        }
    }

    // Read receipts and other events: the bot has nothing to do with them (the SDK's handler throws on some).
    protected override Task OnEventActivityAsync(ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    // A chat message edited or deleted in Teams: the entry saved from it is its own record, changed with edit and delete.
    // The SDK's Teams handler reads channelData first and fails the turn when a field has the wrong type.
    protected override Task OnMessageUpdateActivityAsync(ITurnContext<IMessageUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    protected override Task OnMessageDeleteActivityAsync(ITurnContext<IMessageDeleteActivity> turnContext, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    protected override Task OnTeamsFileConsentAcceptAsync(ITurnContext<IInvokeActivity> turnContext, Microsoft.Bot.Schema.Teams.FileConsentCardResponse fileConsentCardResponse, CancellationToken cancellationToken) =>
        fileConsent.AcceptAsync(turnContext, fileConsentCardResponse, cancellationToken);

    protected override Task OnTeamsFileConsentDeclineAsync(ITurnContext<IInvokeActivity> turnContext, Microsoft.Bot.Schema.Teams.FileConsentCardResponse fileConsentCardResponse, CancellationToken cancellationToken) =>
        fileConsent.DeclineAsync(turnContext, fileConsentCardResponse, cancellationToken);

    protected override async Task OnInstallationUpdateActivityAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var action = activity.Action ?? "";
        var team = TeamsContext.Team(activity);
        // "add-upgrade" is a new version of the app in a team or chat that already has it: nobody to greet.
        var upgrade = action.EndsWith("upgrade", StringComparison.OrdinalIgnoreCase);
        if (action.StartsWith("add", StringComparison.OrdinalIgnoreCase))
        {
            if (team is not null) await InstallInTeamAsync(turnContext, team, greet: !upgrade, cancellationToken);
            else await InstallInChatAsync(turnContext, greet: !upgrade, cancellationToken);
        }
        else if (action.StartsWith("remove", StringComparison.OrdinalIgnoreCase) && !upgrade)
        {
            if (team is not null) installer.Uninstall(team.Id);
            else if (TeamsContext.KindOf(activity) == ConversationKind.Personal && activity.From?.Id is { Length: > 0 } userId) greeter.ForgetPersonal(userId);
        }
    }

    /// <summary>
    /// The bot added to a personal (or group) chat. Teams announces it with an installationUpdate and a
    /// conversationUpdate, like a team install: the person is greeted once, whichever comes first.
    /// </summary>
    private async Task InstallInChatAsync(ITurnContext turnContext, bool greet, CancellationToken cancellationToken)
    {
        UserRecorder.Remember(practices, turnContext.Activity);
        if (greet && TeamsContext.KindOf(turnContext.Activity) == ConversationKind.Personal)
            await greeter.GreetPersonalAsync(turnContext, cancellationToken);
    }

    protected override async Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var botId = activity.Recipient.Id;
        // Malformed updates can carry null members: skip them rather than fail the turn.
        var added = (activity.MembersAdded ?? []).Where(m => m?.Id is not null).ToList();
        var removed = (activity.MembersRemoved ?? []).Where(m => m?.Id is not null).ToList();
        var team = TeamsContext.Team(activity);
        var channelData = TeamsContext.ChannelData(activity);

        if (team is null)
        {
            // Personal or group chat: how to reach the user privately, and in a personal chat a hello.
            if (added.Any(m => m.Id == botId)) await InstallInChatAsync(turnContext, greet: true, cancellationToken);
            return;
        }

        if (removed.Any(m => m.Id == botId))
        {
            installer.Uninstall(team.Id);
            return;
        }
        if (added.Any(m => m.Id == botId))
        {
            await InstallInTeamAsync(turnContext, team, greet: true, cancellationToken);
            return;
        }
        if (channelData?.EventType == "teamRenamed") installer.RenameTeam(team);
        installer.RememberGroupId(team);
        if (practices.Find(team.Id) is not { Active: true }) return;
        await installer.AddMembersAsync(turnContext, team.Id, added.Where(m => m.Id != botId), cancellationToken);
        installer.RemoveMembers(team.Id, removed.Where(m => m.Id != botId));
        await FileHeldEntriesAsync(turnContext, team, added.Where(m => m.Id != botId).Select(m => m.Id), cancellationToken);
    }

    /// <summary>
    /// Entries logged in personal chat before the bot knew the author's practice are filed as soon as the roster
    /// says where they belong, and the author is told in their personal chat.
    /// </summary>
    private async Task FileHeldEntriesAsync(ITurnContext turnContext, Microsoft.Bot.Schema.Teams.TeamInfo team, IEnumerable<string> userIds, CancellationToken cancellationToken)
    {
        foreach (var userId in userIds)
        {
            if (practices.FindMember(team.Id, userId) is not { IsGuest: false } member) continue;
            var filed = router.FileHeldEntries(new ChatUser(member.UserId, member.Name, member.AadObjectId));
            if (filed.Count == 0 || practices.FindUser(userId) is not { } user) continue;
            var name = practices.Find(team.Id)?.Name ?? "your practice";
            await sender.TellUserAsync(turnContext, user,
                $"I've filed {(filed.Count == 1 ? "1 entry" : $"{filed.Count} entries")} you logged earlier under {name}: {string.Join(", ", filed)}.",
                cancellationToken);
        }
    }

    private async Task InstallInTeamAsync(ITurnContext turnContext, Microsoft.Bot.Schema.Teams.TeamInfo team, bool greet, CancellationToken cancellationToken)
    {
        await installer.InstallAsync(turnContext, team, cancellationToken);
        // Teams sends both installationUpdate and conversationUpdate for one install: the greeter says hello once.
        if (greet) await greeter.GreetTeamAsync(turnContext, team, cancellationToken);
        var staff = practices.Members(team.Id).Where(m => !m.IsGuest).Select(m => m.UserId).ToList();
        await FileHeldEntriesAsync(turnContext, team, staff, cancellationToken);
    }

    /// <summary>
    /// A message from a team the bot has no active practice for: its install was missed, or a refused post (403) marked
    /// it inactive. Teams only delivers a team's messages to a bot that is in the team, so record it (again) now
    /// rather than turn away what staff type. An active practice only picks up the team's group id, from the same read.
    /// </summary>
    private async Task EnsurePracticeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (TeamsContext.Team(turnContext.Activity) is not { } team) return;
        if (practices.Find(team.Id) is { Active: true } practice) installer.RememberGroupId(practice, team);
        else await installer.InstallAsync(turnContext, team, cancellationToken, fromInstaller: false);
    }
}

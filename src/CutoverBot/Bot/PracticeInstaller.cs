using CutoverBot.Activities;
using CutoverBot.Bot.Welcome;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Setup;
using CutoverBot.Delivery;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;

namespace CutoverBot.Bot;

/// <summary>Keeps practices (one per team the bot is in) and their rosters in step with what Teams reports.</summary>
internal sealed class PracticeInstaller(IPracticeStore practices, IWelcomeStore welcomes, TimeProvider time, OutboxTurnSender budget, ILogger<PracticeInstaller> logger)
{
    // A runaway continuation token must not keep a turn busy forever: 100 pages of 500 is far beyond any practice.
    private const int MaxRosterPages = 100;
    private const int RosterPageSize = 500;

    /// <summary>
    /// Records the practice and its roster. Returns true when the bot is new to the team: never there, or removed
    /// since. An install event (<paramref name="fromInstaller"/>) that finds it new also forgets the team's earlier
    /// greeting, so a team that adds the bot back is welcomed again, once.
    /// </summary>
    public async Task<bool> InstallAsync(ITurnContext turnContext, TeamInfo team, CancellationToken cancellationToken, bool fromInstaller = true)
    {
        var activity = turnContext.Activity;
        bool isNew;
        // Read-then-write of a practice's install: Teams' two install events, on one instance or two, must not both find
        // the practice new.
        using (practices.HoldInstall(team.Id))
        {
            var seenAt = time.GetUtcNow();
            var existing = practices.Find(team.Id);
            isNew = existing is not { Active: true };
            var practice = existing ?? new Practice { Id = team.Id };
            practice.Name = FirstNonEmpty(team.Name, existing?.Name, "Practice team");
            practice.TenantId = TeamsContext.TenantId(activity) ?? practice.TenantId;
            practice.ServiceUrl = activity.ServiceUrl;
            if (!string.IsNullOrWhiteSpace(team.AadGroupId)) practice.AadGroupId = team.AadGroupId;
            // The General channel's id is the team's id; setup may later choose another channel.
            if (string.IsNullOrEmpty(practice.ChannelId)) practice.ChannelId = team.Id;
            if (isNew) practice.InstalledAt = time.GetUtcNow();
            // Whoever installed the bot manages it until setup names someone else.
            if (fromInstaller) practice.ManagerUserId ??= activity.From?.Id;
            practice.Active = true;
            // Forgotten before the practice shows as active: the other install event, here or after a restart, then
            // finds either an inactive practice (and forgets again) or no greeting yet (and may send it).
            if (isNew && fromInstaller) welcomes.Forget(IWelcomeStore.TeamKey(team.Id), seenAt);
            practices.Upsert(practice);
        }

        await RefreshRosterAsync(turnContext, team.Id, cancellationToken);
        return isNew;
    }

    public void Uninstall(string teamId)
    {
        if (practices.Find(teamId) is not { } practice) return;
        practice.Active = false;
        practices.Upsert(practice);
        Log.Uninstalled(logger, teamId);
    }

    /// <summary>Keeps the team's Microsoft 365 group id (Graph's id for the team) whenever Teams includes it.</summary>
    public void RememberGroupId(TeamInfo team)
    {
        if (!string.IsNullOrWhiteSpace(team.AadGroupId) && practices.Find(team.Id) is { } practice) RememberGroupId(practice, team);
    }

    /// <summary>As above, for a caller that has just read the practice.</summary>
    public void RememberGroupId(Practice practice, TeamInfo team)
    {
        if (string.IsNullOrWhiteSpace(team.AadGroupId) || practice.AadGroupId == team.AadGroupId) return;
        practice.AadGroupId = team.AadGroupId;
        practices.Upsert(practice);
    }

    public void RenameTeam(TeamInfo team)
    {
        if (practices.Find(team.Id) is not { } practice || string.IsNullOrWhiteSpace(team.Name)) return;
        practice.Name = team.Name;
        practices.Upsert(practice);
    }

    /// <summary>The team's channels, for the setup card's choice of where the daily card goes; General alone when Teams won't say.</summary>
    public async Task<IReadOnlyList<SetupChoice>> ChannelsAsync(ITurnContext turnContext, string teamId, CancellationToken cancellationToken)
    {
        try
        {
            var channels = await TeamsInfo.GetTeamChannelsAsync(turnContext, teamId, cancellationToken);
            return channels.Where(c => !string.IsNullOrEmpty(c.Id))
                .Select(c => new SetupChoice(c.Id, string.IsNullOrWhiteSpace(c.Name) ? "General" : c.Name)).ToList();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.ChannelsUnavailable(logger, teamId, ex.GetType().Name);
            return [new SetupChoice(teamId, "General")];
        }
    }

    /// <summary>Reads every page of the team's roster; members no longer in the team are dropped.</summary>
    public async Task RefreshRosterAsync(ITurnContext turnContext, string teamId, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            string? token = null;
            for (var page = 0; page < MaxRosterPages; page++)
            {
                var result = await TeamsInfo.GetPagedTeamMembersAsync(turnContext, teamId, token, RosterPageSize, cancellationToken);
                foreach (var member in result?.Members ?? [])
                {
                    if (string.IsNullOrEmpty(member.Id) || !seen.Add(member.Id)) continue;
                    practices.UpsertMember(ToMember(teamId, member));
                }
                token = result?.ContinuationToken;
                if (string.IsNullOrEmpty(token)) break;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The practice is still recorded; members are added one by one as they speak.
            Log.RosterFailed(logger, teamId, ex.GetType().Name);
            return;
        }

        foreach (var stale in practices.Members(teamId).Where(m => !seen.Contains(m.UserId)))
        {
            practices.RemoveMember(teamId, stale.UserId);
        }
        var members = practices.Members(teamId);
        Log.Installed(logger, teamId, members.Count, members.Count(m => m.IsGuest));
    }

    /// <summary>Makes sure someone speaking in a team channel is on its roster, asking Teams whether they are a guest.</summary>
    /// <summary>
    /// Looks up someone not yet on the roster, within the turn's send budget: their message is saved after this lookup,
    /// and a connector that hangs must not hold it until the SDK's 100 s timeout, past Teams' redelivery and any restart.
    /// When the lookup runs out of time they stay off the roster for now (their entry is held) and the next message asks again.
    /// </summary>
    public Task EnsureMemberAsync(ITurnContext turnContext, string teamId, ChannelAccount user, CancellationToken cancellationToken) =>
        EnsureMemberAsync(turnContext, teamId, user, withinBudget: true, cancellationToken);

    private async Task EnsureMemberAsync(ITurnContext turnContext, string teamId, ChannelAccount user, bool withinBudget, CancellationToken cancellationToken)
    {
        if (practices.FindMember(teamId, user.Id) is not null) return;
        try
        {
            var lookup = TeamsInfo.GetMemberAsync(turnContext, user.Id, cancellationToken);
            // A lookup left behind when the budget ends may still fail; observe it so it is not reported as unobserved.
            _ = lookup.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            var member = await (withinBudget ? budget.WithinBudgetAsync(turnContext, lookup) : lookup);
            if (member is not null) practices.UpsertMember(ToMember(teamId, member));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Unknown members stay off the roster, so they are never treated as practice staff by mistake.
            Log.MemberLookupFailed(logger, user.Id, teamId, ex.GetType().Name);
        }
    }

    public async Task AddMembersAsync(ITurnContext turnContext, string teamId, IEnumerable<ChannelAccount> added, CancellationToken cancellationToken)
    {
        foreach (var user in added.Where(u => !string.IsNullOrEmpty(u.Id)))
        {
            // Members added in bulk are looked up one by one, however long it takes: nobody is waiting on a message.
            await EnsureMemberAsync(turnContext, teamId, user, withinBudget: false, cancellationToken);
        }
    }

    public void RemoveMembers(string teamId, IEnumerable<ChannelAccount> removed)
    {
        foreach (var user in removed.Where(u => !string.IsNullOrEmpty(u.Id))) practices.RemoveMember(teamId, user.Id);
    }

    private static PracticeMember ToMember(string teamId, TeamsChannelAccount account) => new()
    {
        PracticeId = teamId,
        UserId = account.Id,
        AadObjectId = account.AadObjectId,
        Name = account.Name ?? "",
        IsGuest = string.Equals(account.UserRole, "guest", StringComparison.OrdinalIgnoreCase),
    };

    private static string FirstNonEmpty(params string?[] values) => values.First(v => !string.IsNullOrWhiteSpace(v))!;
}

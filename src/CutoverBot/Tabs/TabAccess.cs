using System.Security.Claims;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Progress;

namespace CutoverBot.Tabs;

/// <summary>
/// Which practice (or team) a tab request asks about, and whether the signed-in person is on its roster. A team that
/// does not exist, one of another tenant and one the person is not on all answer 403 alike, so nobody can probe which
/// teams use the bot.
/// </summary>
internal sealed class TabAccess(IPracticeStore practices, RosterLookup roster)
{
    /// <summary>Teams ids are about 50 characters; anything far longer is not one.</summary>
    public const int MaxIdLength = 200;

    public const string NotOnRoster = "You're not on this team's roster as CutoverBot knows it, so it can't show you this team's cutover. If you were added recently, post any message to the bot in the team, then reload the tab.";

    public const string NoTeam = "This tab doesn't say which team it belongs to. Remove the tab and add it again.";

    public sealed record Found(Practice Practice, ChatUser User, bool IsGuest);

    public (Found? Found, IResult? Refusal) Find(ClaimsPrincipal principal, string? teamId)
    {
        if (string.IsNullOrWhiteSpace(teamId)) return (null, Problem(400, NoTeam));
        if (teamId.Length > MaxIdLength) return (null, Problem(400, "That team id is too long to be one."));
        if (TabIdentity.From(principal) is not { } identity) return (null, Problem(401, "Sign-in needed."));
        var practice = practices.Find(teamId);
        if (practice is not { Active: true }) return (null, Problem(403, NotOnRoster));
        // A token of one tenant never opens a team of another, whatever the rosters say.
        if (identity.TenantId is { } tid && practice.TenantId.Length > 0 && !string.Equals(tid, practice.TenantId, StringComparison.OrdinalIgnoreCase))
            return (null, Problem(403, NotOnRoster));
        if (roster.OnRoster(practice, identity.ObjectId) is not { } person) return (null, Problem(403, NotOnRoster));
        return (new Found(practice, person.User, person.IsGuest), null);
    }

    public static IResult Problem(int status, string message) => Results.Json(new TabError(message), statusCode: status);
}

using System.Security.Claims;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Progress;
using CutoverBot.Core.Sharing;

namespace CutoverBot.Tabs;

/// <summary>
/// /api/tabs/*: the JSON the tab pages draw. Every call needs the tabs' sign-in (<see cref="TabsServiceCollectionExtensions.Policy"/>)
/// and names the team or practice it asks about; the person must be on that roster. The channel and programme views are
/// counts only (guests may open them); entries are for the practice's staff, and opening one is audited.
/// </summary>
public static class TabsEndpoints
{
    private const int MaxFilterLength = 40;

    public static IEndpointRouteBuilder MapCutoverTabs(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/tabs").RequireAuthorization(TabsServiceCollectionExtensions.Policy);
        api.MapGet("/me", Me);
        api.MapGet("/channel", Channel);
        api.MapGet("/programme", Programme);
        api.MapGet("/entries", Entries);
        api.MapGet("/entries/{entryId}", Details);
        api.MapPost("/entries/{entryId}/reentered", Reentered);
        api.MapPost("/entries/{entryId}/not-needed", NotNeeded);
        return endpoints;
    }

    /// <summary>The practices where the person is staff, for the personal tab's choice.</summary>
    private static IResult Me(ClaimsPrincipal principal, RosterLookup roster, IPracticeStore practices)
    {
        if (TabIdentity.From(principal) is not { } identity) return TabAccess.Problem(401, "Sign-in needed.");
        var staffOf = roster.StaffPractices(identity.ObjectId)
            .Where(p => identity.TenantId is null || p.Practice.TenantId.Length == 0 || string.Equals(p.Practice.TenantId, identity.TenantId, StringComparison.OrdinalIgnoreCase))
            .Select(p => new { id = p.Practice.Id, name = p.Practice.Name, isManager = p.Practice.IsManagedBy(p.User.Id), userName = p.User.Name })
            .ToList();
        return Results.Json(new { practices = staffOf });
    }

    private static IResult Channel(ClaimsPrincipal principal, string? team, TabAccess access, ChannelProgress progress)
    {
        var (found, refusal) = access.Find(principal, team);
        return found is null ? refusal! : Results.Json(progress.For(found.Practice));
    }

    private static IResult Programme(ClaimsPrincipal principal, string? team, TabAccess access, ProgrammeProgress programme)
    {
        var (found, refusal) = access.Find(principal, team);
        return found is null ? refusal! : Results.Json(programme.For(found.Practice));
    }

    private static IResult Entries(ClaimsPrincipal principal, string? practice, string? everyone, string? kind, string? status, string? reference,
        TabAccess access, PersonalEntries entries)
    {
        if (new[] { kind, status, reference }.Any(v => v is { Length: > MaxFilterLength }))
            return TabAccess.Problem(400, $"A filter is longer than {MaxFilterLength} characters: no kind, status or reference is that long.");
        bool all;
        if (string.IsNullOrEmpty(everyone)) all = false;
        else if (!bool.TryParse(everyone, out all)) return TabAccess.Problem(400, "everyone is true or false.");
        var (found, refusal) = access.Find(principal, practice);
        if (found is null) return refusal!;
        return Answer(entries.List(found.Practice, found.User, new EntryListQuery(all, kind, status, reference)));
    }

    private static IResult Details(ClaimsPrincipal principal, string entryId, string? practice, TabAccess access, PersonalEntries entries)
    {
        if (!TryEntryId(entryId, out var id)) return TabAccess.Problem(400, "That isn't an entry id.");
        var (found, refusal) = access.Find(principal, practice);
        if (found is null) return refusal!;
        return Answer(entries.Details(found.Practice, found.User, id));
    }

    private static async Task<IResult> Reentered(ClaimsPrincipal principal, string entryId, string? practice, TabAccess access, TabReentry reentry,
        CancellationToken cancellationToken)
    {
        if (!TryEntryId(entryId, out var id)) return TabAccess.Problem(400, "That isn't an entry id.");
        var (found, refusal) = access.Find(principal, practice);
        if (found is null) return refusal!;
        return Answer(await reentry.ConfirmAsync(found.Practice, found.User, id, cancellationToken));
    }

    private static async Task<IResult> NotNeeded(ClaimsPrincipal principal, HttpRequest request, string entryId, string? practice, TabAccess access,
        TabReentry reentry, CancellationToken cancellationToken)
    {
        if (!TryEntryId(entryId, out var id)) return TabAccess.Problem(400, "That isn't an entry id.");
        var (found, refusal) = access.Find(principal, practice);
        if (found is null) return refusal!;
        var reason = await NotNeededBody.ReadReasonAsync(request, cancellationToken);
        if (reason is null) return TabAccess.Problem(400, "Send the reason as JSON: {\"reason\": \"...\"}.");
        return Answer(await reentry.NotNeededAsync(found.Practice, found.User, id, reason, cancellationToken));
    }

    private static bool TryEntryId(string text, out Guid id) => Guid.TryParseExact(text, "D", out id);

    private static IResult Answer<T>(TabAnswer<T> answer) where T : class =>
        answer.Status == 200 ? Results.Json(answer.Value) : TabAccess.Problem(answer.Status, answer.Message ?? "That can't be done.");

    private static IResult Answer(TabReentry.ConfirmationOutcome outcome) =>
        outcome.Status == 200 ? Results.Json(new { message = outcome.Message }) : TabAccess.Problem(outcome.Status, outcome.Message);
}

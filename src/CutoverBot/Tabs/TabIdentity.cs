using System.Security.Claims;

namespace CutoverBot.Tabs;

/// <summary>Who a tab request is from, as the token says: Entra object id, tenant id and display name.</summary>
internal sealed record TabIdentity(string ObjectId, string? TenantId, string Name)
{
    public const string ObjectIdClaim = "oid";
    public const string TenantIdClaim = "tid";

    public static TabIdentity? From(ClaimsPrincipal principal) =>
        principal.FindFirst(ObjectIdClaim)?.Value is { Length: > 0 } oid
            ? new TabIdentity(oid, principal.FindFirst(TenantIdClaim)?.Value, principal.FindFirst("name")?.Value ?? "")
            : null;
}

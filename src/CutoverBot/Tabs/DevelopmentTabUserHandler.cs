using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CutoverBot.Tabs;

/// <summary>
/// Development only (never registered in any other environment): the header X-CutoverBot-Dev-User names the Entra
/// object id of someone on a practice roster, so the pages can be opened in a browser outside Teams (the demo practice
/// of seed-demo, the browser tests). There is no token: anyone who can reach a Development host is trusted.
/// </summary>
internal sealed class DevelopmentTabUserHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "TabsDevelopment";
    public const string Header = "X-CutoverBot-Dev-User";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var value = Request.Headers[Header].ToString();
        if (value.Length == 0) return Task.FromResult(AuthenticateResult.NoResult());
        if (value.Length > 64 || !Guid.TryParse(value, out _)) return Task.FromResult(AuthenticateResult.Fail("not an object id"));
        var identity = new ClaimsIdentity([new Claim(TabIdentity.ObjectIdClaim, value)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}

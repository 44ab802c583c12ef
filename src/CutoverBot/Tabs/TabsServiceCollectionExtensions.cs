using CutoverBot.Bot;
using System.IdentityModel.Tokens.Jwt;
using CutoverBot.Core.Checklist;
using CutoverBot.Core.Progress;
using CutoverBot.Core.Sharing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace CutoverBot.Tabs;

/// <summary>
/// The tabs' API: its own authentication scheme and policy, so /api/messages keeps the Bot Framework's own checks and
/// no default scheme is set for anything else.
/// </summary>
public static class TabsServiceCollectionExtensions
{
    public const string Scheme = "TabsEntraId";
    public const string Policy = "Tabs";

    public static IServiceCollection AddCutoverTabs(this IServiceCollection services, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        services.AddOptions<TabsOptions>().BindConfiguration(TabsOptions.Section);
        var authentication = services.AddAuthentication().AddJwtBearer(Scheme, _ => { });
        services.AddOptions<JwtBearerOptions>(Scheme).Configure<IOptions<TabsOptions>, IOptions<BotOptions>>((jwt, tabs, bot) => Configure(jwt, tabs.Value, bot.Value));
        var schemes = new List<string> { Scheme };
        if (environment.IsDevelopment())
        {
            authentication.AddScheme<AuthenticationSchemeOptions, DevelopmentTabUserHandler>(DevelopmentTabUserHandler.SchemeName, _ => { });
            schemes.Add(DevelopmentTabUserHandler.SchemeName);
        }
        services.AddAuthorizationBuilder().AddPolicy(Policy, p => p.AddAuthenticationSchemes([.. schemes]).RequireAuthenticatedUser()
            .RequireClaim(TabIdentity.ObjectIdClaim));

        // The read models and the sharing store come with Core (AddCutoverFeatures); these are the API's own.
        services.AddSingleton<TabAccess>();
        services.AddSingleton<TabReentry>();
        return services;
    }

    private static void Configure(JwtBearerOptions jwt, TabsOptions tabs, BotOptions bot)
    {
        var appId = string.IsNullOrWhiteSpace(tabs.ClientId) ? bot.MicrosoftAppId ?? "" : tabs.ClientId;
        jwt.MetadataAddress = tabs.MetadataAddress;
        // Claims keep the names Entra ID gives them (oid, tid), not the long SOAP-era URIs.
        jwt.MapInboundClaims = false;
        var audiences = new[] { appId, tabs.ApplicationIdUri }.Where(a => !string.IsNullOrWhiteSpace(a)).Cast<string>().ToList();
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            // No app id: no audience can match, so every token is refused (the bot itself then runs anonymous, in Development).
            ValidAudiences = audiences.Count > 0 ? audiences : ["no app id configured"],
            IssuerValidator = TenantIssuer,
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromMinutes(2),
        };
        jwt.Events = new JwtBearerEvents
        {
            OnTokenValidated = context =>
            {
                if (context.Principal?.FindFirst(TabIdentity.ObjectIdClaim) is null || context.Principal.FindFirst(TabIdentity.TenantIdClaim) is null)
                    context.Fail("the token names no user or tenant");
                return Task.CompletedTask;
            },
            OnAuthenticationFailed = context =>
            {
                // Only the exception's type: its message can quote the token.
                TabsLog.TokenRejected(context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TabsServiceCollectionExtensions)),
                    context.Exception.GetType().Name);
                return Task.CompletedTask;
            },
            OnChallenge = async context =>
            {
                context.HandleResponse();
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                context.Response.Headers.WWWAuthenticate = "Bearer";
                await context.Response.WriteAsJsonAsync(new TabError("Sign-in needed: open this tab in Teams (it signs you in), or sign in to Teams again."));
            },
        };
    }

    /// <summary>
    /// Entra ID's issuer names the tenant, so one app serving many tenants checks it against the token's own tid: v2.0
    /// tokens (login.microsoftonline.com/{tid}/v2.0) and v1.0 ones (sts.windows.net/{tid}/).
    /// </summary>
    private static string TenantIssuer(string issuer, SecurityToken token, TokenValidationParameters parameters)
    {
        var tid = token switch
        {
            Microsoft.IdentityModel.JsonWebTokens.JsonWebToken json => json.TryGetPayloadValue<string>(TabIdentity.TenantIdClaim, out var t) ? t : null,
            JwtSecurityToken jwt => jwt.Payload.TryGetValue(TabIdentity.TenantIdClaim, out var t) ? t as string : null,
            _ => null,
        };
        if (tid is { Length: > 0 } && Guid.TryParse(tid, out _) &&
            (issuer == $"https://login.microsoftonline.com/{tid}/v2.0" || issuer == $"https://sts.windows.net/{tid}/"))
            return issuer;
        throw new SecurityTokenInvalidIssuerException("The token was not issued by Entra ID for its own tenant.");
    }
}

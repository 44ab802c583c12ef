namespace CutoverBot.Tabs;

/// <summary>
/// The tab pages' security headers: a Content-Security-Policy that allows only the app's own scripts, styles and API
/// (nothing from a CDN, no inline script), and framing by Teams and Microsoft 365 only. The one outside address is
/// data, not code: teams-js fetches Microsoft's list of Teams' own origins from res.cdn.office.net as it starts (falling
/// back to the list built into it when that fails).
/// </summary>
public static class TabPageHeaders
{
    public const string PathPrefix = "/tabs";

    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self' https://res.cdn.office.net; font-src 'self'; " +
        "base-uri 'none'; form-action 'none'; object-src 'none'; " +
        "frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.teams.cloud.microsoft https://*.cloud.microsoft " +
        "https://*.office.com https://*.microsoft365.com https://*.skype.com";

    public static IApplicationBuilder UseTabPageHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.Path.StartsWithSegments(PathPrefix, StringComparison.OrdinalIgnoreCase) ||
            context.Request.Path.StartsWithSegments("/api/tabs", StringComparison.OrdinalIgnoreCase))
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            // The API's answers are per person: never kept by a shared cache.
            if (context.Request.Path.StartsWithSegments("/api/tabs", StringComparison.OrdinalIgnoreCase)) headers.CacheControl = "no-store";
        }
        await next(context);
    });
}

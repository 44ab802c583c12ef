using System.Text.Json;
using CutoverBot.Core.Status;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CutoverBot.Hosting;

/// <summary>
/// GET /healthz: 200 "ok" when the database answers, otherwise 503 with a short fixed reason. GET /healthz/detail: the
/// same check as JSON with the bot's version and commit, for an upgrade check or a dashboard; nothing else (no paths,
/// no counts), so it is as safe to expose as /healthz.
/// </summary>
public static class HealthEndpoint
{
    public const string Path = "/healthz";
    public const string DetailPath = "/healthz/detail";

    public static IEndpointRouteBuilder MapCutoverHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(Path, new HealthCheckOptions { ResponseWriter = WriteAsync });
        endpoints.MapHealthChecks(DetailPath, new HealthCheckOptions { ResponseWriter = WriteDetailAsync });
        return endpoints;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(Text(report));
    }

    private static Task WriteDetailAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = Text(report),
            version = BotVersion.Number,
            commit = BotVersion.Commit,
            checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status == HealthStatus.Healthy ? "ok" : e.Value.Description ?? "unhealthy"),
        }));
    }

    private static string Text(HealthReport report) => report.Status == HealthStatus.Healthy
        ? "ok"
        : string.Join("; ", report.Entries.Values.Where(e => e.Status != HealthStatus.Healthy).Select(e => e.Description ?? "unhealthy"));
}

namespace CutoverBot.Hosting;

/// <summary>How the bot writes its console log.</summary>
public static class LoggingSetup
{
    /// <summary>
    /// Outside Development, one JSON object a line (timestamp in UTC, level, category, event id, message, the
    /// message's named values and the request scope), which App Service log streams, Azure Monitor and container
    /// log collectors can query by field. Development keeps the readable default.
    /// </summary>
    public static ILoggingBuilder AddCutoverConsole(this ILoggingBuilder logging, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (environment.IsDevelopment()) return logging;
        return logging.AddJsonConsole(o =>
        {
            o.IncludeScopes = true;
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
        });
    }
}

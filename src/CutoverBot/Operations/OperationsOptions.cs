using System.ComponentModel.DataAnnotations;

namespace CutoverBot.Operations;

public sealed class OperationsOptions
{
    public const string Section = "Operations";

    /// <summary>How often the bot logs its count of practices and of deliveries (also once at start-up).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "Operations:ReportInterval must be between 1 minute and 1 day, for example 01:00:00.")]
    public TimeSpan ReportInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long /healthz waits for the database before answering 503.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00", ErrorMessage = "Operations:HealthTimeout must be between 1 second and 1 minute, for example 00:00:05.")]
    public TimeSpan HealthTimeout { get; set; } = TimeSpan.FromSeconds(5);
}

using System.ComponentModel.DataAnnotations;

namespace CutoverBot.Delivery;

/// <summary>Teams' limits and the retry policy for proactive messages. The defaults follow Microsoft's published limits.</summary>
public sealed class DeliveryOptions
{
    public const string Section = "Delivery";

    [Range(1, 7, ErrorMessage = "Delivery:PerConversationPerSecond must be between 1 and 7 (Teams allows 7 messages a second in one conversation).")]
    public int PerConversationPerSecond { get; set; } = 7;

    [Range(1, 8, ErrorMessage = "Delivery:PerConversationPer2Seconds must be between 1 and 8 (Teams allows 8 messages in 2 seconds in one conversation).")]
    public int PerConversationPer2Seconds { get; set; } = 8;

    [Range(1, 60, ErrorMessage = "Delivery:PerConversationPer30Seconds must be between 1 and 60 (Teams allows 60 messages in 30 seconds in one conversation).")]
    public int PerConversationPer30Seconds { get; set; } = 60;

    [Range(1, 1800, ErrorMessage = "Delivery:PerConversationPerHour must be between 1 and 1800 (Teams allows 1,800 messages an hour in one conversation).")]
    public int PerConversationPerHour { get; set; } = 1800;

    [Range(1, 50, ErrorMessage = "Delivery:PerTenantPerSecond must be between 1 and 50 (Teams allows about 50 requests a second per bot per tenant, and NHSmail practices share one tenant).")]
    /// <remarks>
    /// 47, not 50: the limiter counts a post when it leaves the bot, but posts reach Teams bunched, and at 50 the
    /// benchmark's fan-out of 2,000 practices drew 187 over-limit 429s (1.49× the minimum time); at 47 it drew 3 (1.17×).
    /// </remarks>
    public int PerTenantPerSecond { get; set; } = 47;

    [Range(1, 10, ErrorMessage = "Delivery:MaxAttempts must be between 1 and 10 tries per message.")]
    public int MaxAttempts { get; set; } = 5;

    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00", ErrorMessage = "Delivery:BaseRetryDelay must be between 0.1 second and 1 minute, for example 00:00:01.")]
    public TimeSpan BaseRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Delivery:MaxRetryDelay must be between 1 second and 10 minutes, for example 00:00:30.")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A Retry-After longer than this is not waited for in line: the send reports Throttled and the scheduler tries later.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Delivery:MaxRetryAfter must be between 1 second and 1 hour, for example 00:02:00.")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(2);
}

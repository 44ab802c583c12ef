using System.ComponentModel.DataAnnotations;

namespace CutoverBot.Delivery;

/// <summary>How long a turn may spend delivering its replies, and how queued replies are retried afterwards.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>
    /// Teams gives up on a turn after about 15 seconds and may deliver the same message again; replies not delivered
    /// within this budget are queued so the turn answers well inside that.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:12", ErrorMessage = "Outbox:TurnSendBudget must be between 0.1 and 12 seconds (Teams waits about 15), for example 00:00:08.")]
    public TimeSpan TurnSendBudget { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>The first wait before a queued reply is tried again; it doubles on each failure up to <see cref="MaxRetryDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00", ErrorMessage = "Outbox:BaseRetryDelay must be between 0.05 second and 1 minute, for example 00:00:01.")]
    public TimeSpan BaseRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Outbox:MaxRetryDelay must be between 1 second and 10 minutes, for example 00:00:30.")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A reply still undelivered after this long is dropped (and logged): the user has moved on.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00", ErrorMessage = "Outbox:MaxAge must be between 1 minute and 7 days, for example 1.00:00:00.")]
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(1);
}

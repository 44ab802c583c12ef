using System.ComponentModel.DataAnnotations;

namespace CutoverBot.Operations;

/// <summary>
/// When the client secrets the bot signs in with expire, so the bot itself warns (in the log every day and on the
/// manager's status card) instead of someone's calendar. Dates as yyyy-MM-dd, as Entra ID shows them under
/// Certificates &amp; secrets. Empty: no warning (and a reminder at start-up that none is set).
/// </summary>
public sealed class SecretExpiryOptions
{
    public const string Section = "SecretExpiry";

    /// <summary>The expiry date of MicrosoftAppPassword, the bot's own client secret.</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>The expiry date of Graph:ClientSecret, when Microsoft Graph is set up with its own secret.</summary>
    public string? GraphClientSecret { get; set; }

    /// <summary>How many days ahead the warnings start.</summary>
    [Range(1, 365, ErrorMessage = "SecretExpiry:WarnDays must be between 1 and 365 days, for example 30.")]
    public int WarnDays { get; set; } = 30;
}

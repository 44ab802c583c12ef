namespace CutoverBot.Bot;

/// <summary>
/// The standard Bot Framework settings, read from the root of the configuration where the SDK also reads them.
/// </summary>
public sealed class BotOptions
{
    /// <summary>The root: the Bot Framework keys stay where the SDK reads them (MicrosoftAppId, ...).</summary>
    public const string Section = "";

    /// <summary>MultiTenant, SingleTenant or UserAssignedMSI.</summary>
    public string? MicrosoftAppType { get; set; }
    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }
    public string? MicrosoftAppTenantId { get; set; }

    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);
}

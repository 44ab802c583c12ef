namespace CutoverBot.Core.Practices;

/// <summary>A GP practice: one Teams team the bot is installed in.</summary>
public sealed class Practice
{
    /// <summary>The Teams team id (19:...@thread.tacv2).</summary>
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? OdsCode { get; set; }
    public string TenantId { get; set; } = "";
    public string ServiceUrl { get; set; } = "";
    /// <summary>
    /// The team's Microsoft 365 group id (Entra object id, a GUID), which Microsoft Graph needs: the 19:... team id is
    /// not a Graph id. Null until Teams has told the bot (at install, or from the team's details).
    /// </summary>
    public string? AadGroupId { get; set; }
    /// <summary>The channel the bot posts to (the team's General channel until setup chooses another).</summary>
    public string ChannelId { get; set; } = "";
    /// <summary>Teams user id of the practice manager; null until someone completes setup.</summary>
    public string? ManagerUserId { get; set; }
    public DateTimeOffset InstalledAt { get; set; }
    /// <summary>False once the bot is uninstalled or removed; nothing is posted to an inactive practice.</summary>
    public bool Active { get; set; } = true;

    /// <summary>Final data production day; null until setup.</summary>
    public DateOnly? FdpDate { get; set; }
    /// <summary>Go-live day on the new system; null until setup.</summary>
    public DateOnly? GoLiveDate { get; set; }
    public bool IsDispensing { get; set; }
    /// <summary>London time of the morning posts.</summary>
    public TimeOnly MorningPostTime { get; set; } = new(8, 0);
    /// <summary>
    /// London date setup was first completed. Kept when setup is run again: the checklist does not report as overdue
    /// tasks whose window had already closed before the practice started using the bot.
    /// </summary>
    public DateOnly? SetUpOn { get; set; }
    /// <summary>The team's channels as the host last listed them (for the setup card); setup only accepts one of these, the General channel or the current one.</summary>
    public List<PracticeChannel> Channels { get; set; } = [];
    /// <summary>Days after go-live that patient details are kept before they are purged; null uses Retention:DefaultDays.</summary>
    public int? RetentionDays { get; set; }
    /// <summary>True when guests of the team may tick checklist tasks: the practice manager's choice, off by default.</summary>
    public bool GuestsCanTick { get; set; }
    /// <summary>True once someone has completed setup.</summary>
    public bool IsSetUp => FdpDate is not null && GoLiveDate is not null;

    /// <summary>True for the practice manager; nobody is manager until one is set, whatever their id.</summary>
    public bool IsManagedBy(string userId) => ManagerUserId is { Length: > 0 } manager && manager == userId;
}

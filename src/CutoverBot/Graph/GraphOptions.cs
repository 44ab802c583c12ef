namespace CutoverBot.Graph;

/// <summary>
/// Optional Microsoft Graph access, used only to copy the go-live workbook to the practice channel's Files. Leave the
/// whole section out to go without; otherwise set all three of TenantId, ClientId and ClientSecret.
/// </summary>
public sealed class GraphOptions
{
    public const string Section = "Graph";

    /// <summary>Directory (tenant) ID the app registration belongs to.</summary>
    public string? TenantId { get; set; }
    /// <summary>
    /// Application (client) ID of the app registration that writes to the channel's Files: Sites.Selected with a write
    /// grant on each practice team's site (and File.Read.Group consent in the team), or Files.ReadWrite.All.
    /// </summary>
    public string? ClientId { get; set; }
    /// <summary>A client secret of that registration: from an environment variable or user-secrets, never a committed file.</summary>
    public string? ClientSecret { get; set; }
    /// <summary>Graph's address; only changed for tests (a local stub) or a national cloud.</summary>
    public string? BaseUrl { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(TenantId) && !string.IsNullOrWhiteSpace(ClientId) && !string.IsNullOrWhiteSpace(ClientSecret);

    public string EffectiveBaseUrl => string.IsNullOrWhiteSpace(BaseUrl) ? "https://graph.microsoft.com/v1.0" : BaseUrl.TrimEnd('/');
}

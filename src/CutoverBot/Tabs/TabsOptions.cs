namespace CutoverBot.Tabs;

/// <summary>
/// How the tabs' API checks the Teams single sign-on token: an Entra ID access token for the bot's own app registration
/// (MicrosoftAppId), whose Application ID URI is api://&lt;host&gt;/&lt;app id&gt; (docs/deploy.md, "Tabs").
/// </summary>
public sealed class TabsOptions
{
    public const string Section = "Tabs";

    /// <summary>
    /// Where Entra ID publishes its signing keys. The "organizations" document serves every work or school tenant;
    /// issuers are then checked per token against the tenant the token names.
    /// </summary>
    public string MetadataAddress { get; set; } = "https://login.microsoftonline.com/organizations/v2.0/.well-known/openid-configuration";

    /// <summary>
    /// The app registration whose tokens the tabs accept, when it is not the bot's own (MicrosoftAppId): for example when
    /// the manifest's webApplicationInfo names a separate app registration for Microsoft Graph.
    /// </summary>
    public string? ClientId { get; set; }

    /// <summary>The Application ID URI of the app registration (api://cutoverbot.example.org/&lt;app id&gt;); tokens may name it or the app id.</summary>
    public string? ApplicationIdUri { get; set; }
}

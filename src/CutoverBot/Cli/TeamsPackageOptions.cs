namespace CutoverBot.Cli;

/// <summary>What <c>teams-package</c> puts into the Teams app package.</summary>
/// <param name="BotId">The Azure Bot's Microsoft App ID.</param>
/// <param name="Domain">The bot's host name, for validDomains.</param>
/// <param name="AppId">A new Teams app id, for a second copy of the app in one tenant; null keeps the committed one.</param>
/// <param name="GraphClientId">The Graph app registration, for resource-specific consent on each team's files; null leaves it out.</param>
/// <param name="ManifestFolder">A folder with manifest.json, color.png and outline.png to use instead of the built-in ones.</param>
internal sealed record TeamsPackageOptions(
    string BotId, string Domain, string WebsiteUrl, string PrivacyUrl, string TermsUrl, string? AppId, string? GraphClientId, string OutputPath,
    string? ManifestFolder = null);

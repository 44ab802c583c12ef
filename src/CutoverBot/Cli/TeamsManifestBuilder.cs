using System.Text.Json.Nodes;

namespace CutoverBot.Cli;

/// <summary>
/// Fills manifest/manifest.json in for one deployment as JSON, not as text: the bot id, the domain, the developer
/// links, optionally a new app id and Graph's resource-specific consent; then looks through every value for a
/// placeholder that survived.
/// </summary>
internal static class TeamsManifestBuilder
{
    /// <summary>Teams' resource-specific consent to read one team's files (the channel's Files folder), granted when the app is added to that team.</summary>
    public const string TeamFilesPermission = "File.Read.Group";

    private const string TabsPlaceholderHost = "cutoverbot.example.com";

    private static readonly string[] Placeholders = ["00000000-0000-0000-0000-000000000000", "example.com", "${{", "<your"];

    public static JsonObject Build(string manifestJson, TeamsPackageOptions options)
    {
        var manifest = JsonNode.Parse(manifestJson)?.AsObject() ?? throw new InvalidDataException("manifest.json is not a JSON object.");
        if (options.AppId is { } appId) manifest["id"] = appId.ToLowerInvariant();
        var bots = manifest["bots"]?.AsArray() ?? throw new InvalidDataException("manifest.json has no bots.");
        foreach (var bot in bots) bot!["botId"] = options.BotId.ToLowerInvariant();
        // The message extension ("Log for re-entry", "Find an entry") is served by the same bot.
        foreach (var extension in manifest["composeExtensions"]?.AsArray() ?? []) extension!["botId"] = options.BotId.ToLowerInvariant();
        var developer = manifest["developer"]?.AsObject() ?? throw new InvalidDataException("manifest.json has no developer.");
        developer["websiteUrl"] = options.WebsiteUrl;
        developer["privacyUrl"] = options.PrivacyUrl;
        developer["termsOfUseUrl"] = options.TermsUrl;
        manifest["validDomains"] = new JsonArray(options.Domain);
        SetTabAddresses(manifest, options.Domain);
        // Teams single sign-on for the tabs: tokens for the bot's own app registration (Tabs:ClientId otherwise).
        manifest["webApplicationInfo"] = new JsonObject
        {
            ["id"] = options.BotId.ToLowerInvariant(), ["resource"] = $"api://{options.Domain}/{options.BotId.ToLowerInvariant()}",
        };
        if (options.GraphClientId is { } graph)
        {
            // RSC needs webApplicationInfo naming the app registration that calls Graph; its resource is not used for
            // RSC but must be set.
            manifest["webApplicationInfo"] = new JsonObject { ["id"] = graph.ToLowerInvariant(), ["resource"] = $"api://{options.Domain}/{graph.ToLowerInvariant()}" };
            manifest["authorization"] = new JsonObject
            {
                ["permissions"] = new JsonObject
                {
                    ["resourceSpecific"] = new JsonArray(new JsonObject { ["name"] = TeamFilesPermission, ["type"] = "Application" }),
                },
            };
        }
        return manifest;
    }

    /// <summary>
    /// The tabs' pages are served by the bot's own host under /tabs/, so those addresses move to the deployment's domain;
    /// any other address (a page an ICB added) must be filled in by hand and is still caught as a placeholder.
    /// </summary>
    private static void SetTabAddresses(JsonObject manifest, string domain)
    {
        var tabs = (manifest["staticTabs"]?.AsArray() ?? []).Concat(manifest["configurableTabs"]?.AsArray() ?? []).OfType<JsonObject>();
        foreach (var tab in tabs)
        {
            foreach (var key in new[] { "contentUrl", "websiteUrl", "configurationUrl" })
            {
                if (tab[key]?.GetValue<string>() is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) &&
                    uri.Host == TabsPlaceholderHost && uri.AbsolutePath.StartsWith("/tabs/", StringComparison.Ordinal))
                    tab[key] = new UriBuilder(uri) { Host = domain, Port = -1 }.Uri.ToString();
            }
        }
    }

    /// <summary>Each value that still holds a placeholder, as "path: value".</summary>
    public static List<string> SurvivingPlaceholders(JsonNode manifest)
    {
        var found = new List<string>();
        Walk(manifest, "$", found);
        return found;
    }

    private static void Walk(JsonNode? node, string path, List<string> found)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, child) in o) Walk(child, $"{path}.{name}", found);
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++) Walk(a[i], $"{path}[{i}]", found);
                break;
            case JsonValue v when v.TryGetValue<string>(out var text):
                if (Placeholders.Any(p => text.Contains(p, StringComparison.OrdinalIgnoreCase))) found.Add($"{path}: {text}");
                break;
        }
    }
}

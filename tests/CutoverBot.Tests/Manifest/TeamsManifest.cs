using System.Text.Json.Nodes;

namespace CutoverBot.Tests.Manifest;

/// <summary>manifest/manifest.json as committed, with shortcuts to the parts the tests check.</summary>
internal static class TeamsManifest
{
    public static string Path => System.IO.Path.Combine(RepositoryPaths.ManifestFolder, "manifest.json");

    public static string Text => File.ReadAllText(Path);

    public static JsonObject Load() => JsonNode.Parse(Text)!.AsObject();

    public static JsonObject Bot(JsonObject manifest) => manifest["bots"]!.AsArray().Single()!.AsObject();

    public static IEnumerable<(string Scope, string Title)> Commands(JsonObject manifest) =>
        from list in Bot(manifest)["commandLists"]!.AsArray()
        from scope in list!["scopes"]!.AsArray()
        from command in list["commands"]!.AsArray()
        select (scope!.GetValue<string>(), command!["title"]!.GetValue<string>());
}

using System.Text.Json;

namespace CutoverBot.Core.Checklist;

/// <summary>
/// Loads the cutover calendar: the one shipped inside the bot, or a practice-adjusted copy named by
/// <c>Checklist:CatalogPath</c>. Every problem is reported at once, so a start-up failure can be fixed in one edit.
/// </summary>
public static class CutoverCatalogLoader
{
    public const string ResourceName = "checklist/cutover-tasks.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        // A misspelt field ("dispensingonly " or "form") must not silently fall back to a default.
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>The configured file when a path is given, otherwise the catalog shipped with the bot.</summary>
    public static CutoverCatalog Load(string? overridePath) =>
        string.IsNullOrWhiteSpace(overridePath) ? LoadEmbedded() : LoadFile(overridePath);

    public static CutoverCatalog LoadEmbedded()
    {
        using var stream = typeof(CutoverCatalogLoader).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new CatalogException($"The built-in cutover catalog ({ResourceName}) is missing from the build.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "the built-in cutover catalog");
    }

    public static CutoverCatalog LoadFile(string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new CatalogException($"Checklist:CatalogPath points to {full}, which does not exist. Fix the path or remove the setting to use the built-in catalog.");
        }
        return Parse(File.ReadAllText(full), full);
    }

    /// <summary>Parses and validates catalog JSON; <paramref name="source"/> names it in error messages.</summary>
    public static CutoverCatalog Parse(string json, string source)
    {
        CatalogFileDto? file;
        try
        {
            file = JsonSerializer.Deserialize<CatalogFileDto>(json, Options);
        }
        catch (JsonException ex)
        {
            throw new CatalogException($"The cutover catalog {source} is not valid: {ex.Message}");
        }
        if (file is null) throw new CatalogException($"The cutover catalog {source} is empty.");

        var problems = new List<string>();
        var tasks = CatalogValidator.Tasks(file.Tasks, problems);
        var reminders = CatalogValidator.Reminders(file.Reminders, problems);
        if (problems.Count > 0)
        {
            throw new CatalogException($"The cutover catalog {source} has {problems.Count} problem(s):{Environment.NewLine}- "
                + string.Join(Environment.NewLine + "- ", problems));
        }
        return new CutoverCatalog(tasks, reminders);
    }
}

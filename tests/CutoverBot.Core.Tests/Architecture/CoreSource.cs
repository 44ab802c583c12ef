using System.Text.RegularExpressions;
using CutoverBot.Core.Tests.Cards;

namespace CutoverBot.Core.Tests.Architecture;

/// <summary>
/// Which Core types each folder of src/CutoverBot.Core names, read from the source: the types come from the assembly
/// (reflection), the names from each file's code with its comments and plain strings left out (crefs and the holes of
/// interpolated strings count, as the compiler checks them). tools/core-dependencies.py reads the folders the same way.
/// </summary>
internal static partial class CoreSource
{
    public const string Root = "(root)";

    public static string Folder => Path.Combine(OfficialCardCheck.RepoRoot, "src", "CutoverBot.Core");

    /// <summary>Every use of a Core type from another top-level folder: (from folder, file, type's folder, type).</summary>
    public static IReadOnlyList<(string From, string File, string To, string Type)> CrossFolderUses()
    {
        var types = typeof(CutoverFeatures).Assembly.GetTypes()
            .Where(t => !t.IsNested && t.Namespace is { } ns && ns.StartsWith("CutoverBot.Core", StringComparison.Ordinal) && !t.Name.StartsWith('<'))
            .GroupBy(t => t.Namespace!)
            .ToDictionary(g => g.Key, g => g.Select(t => t.Name.Split('`')[0]).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var uses = new List<(string, string, string, string)>();
        foreach (var path in Directory.EnumerateFiles(Folder, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Folder, path);
            if (relative.StartsWith("obj", StringComparison.Ordinal) || relative.StartsWith("bin", StringComparison.Ordinal)) continue;
            var text = File.ReadAllText(path);
            var code = CommentOrString().Replace(text, m => m.Value.StartsWith('$') ? m.Value : " ") + " " +
                       string.Join(' ', Cref().Matches(text).Select(m => m.Groups[1].Value));
            var ns = Namespace().Match(code) is { Success: true } n ? n.Groups[1].Value : "";
            var from = FolderOf(ns);
            var names = Identifier().Matches(code).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
            var visible = Using().Matches(code).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
            var parts = ns.Split('.');
            for (var i = 2; i <= parts.Length; i++) visible.Add(string.Join('.', parts[..i]));
            foreach (var v in visible)
            {
                if (FolderOf(v) == from || !types.TryGetValue(v, out var declared)) continue;
                uses.AddRange(declared.Where(names.Contains).Select(t => (from, relative, FolderOf(v), t)));
            }
            foreach (Match q in Qualified().Matches(code))
            {
                var segments = q.Groups[1].Value.Split('.');
                for (var i = segments.Length - 1; i >= 1; i--)
                {
                    var candidate = "CutoverBot.Core." + string.Join('.', segments[..i]);
                    if (!types.TryGetValue(candidate, out var declared) || !declared.Contains(segments[i])) continue;
                    if (FolderOf(candidate) != from) uses.Add((from, relative, FolderOf(candidate), segments[i]));
                    break;
                }
            }
        }
        return uses.Distinct().ToList();
    }

    public static string FolderOf(string ns) =>
        ns.StartsWith("CutoverBot.Core.", StringComparison.Ordinal) ? ns["CutoverBot.Core.".Length..].Split('.')[0] : Root;

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/|\$@?""(?:\\.|[^""\\\n])*""|@""(?:[^""]|"""")*""|""(?:\\.|[^""\\\n])*""|'(?:\\.|[^'\\])'", RegexOptions.Singleline)]
    private static partial Regex CommentOrString();

    [GeneratedRegex(@"cref=""([^""]+)""")]
    private static partial Regex Cref();

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex Namespace();

    [GeneratedRegex(@"^using\s+(?:static\s+)?(CutoverBot\.Core[\w.]*)\s*;", RegexOptions.Multiline)]
    private static partial Regex Using();

    [GeneratedRegex(@"\bCutoverBot\.Core\.([\w.]+)")]
    private static partial Regex Qualified();

    [GeneratedRegex(@"\b[A-Z]\w*")]
    private static partial Regex Identifier();
}

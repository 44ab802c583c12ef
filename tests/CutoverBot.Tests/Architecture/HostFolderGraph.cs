using System.Reflection;
using System.Text.RegularExpressions;
using CutoverBot.Tests.Manifest;

namespace CutoverBot.Tests.Architecture;

/// <summary>
/// Which host folder uses which, read from src/CutoverBot's sources as tools/folder-dependencies.py reads them: a file
/// uses a folder when it names the folder's namespace or a type the assembly declares there (files in one namespace
/// see each other without a using, so the types' names count too). A folder is the first level under the project.
/// </summary>
public sealed partial class HostFolderGraph
{
    private const string Root = "CutoverBot";

    private HostFolderGraph(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> uses) => Uses = uses;

    /// <summary>Folder -> (used folder -> one file and name that makes it so, for the failure message).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Uses { get; }

    public static string ProjectFolder => Path.Combine(RepositoryPaths.Root, "src", Root);

    public static HostFolderGraph Read(Assembly host) => Read(host, Sources());

    public static HostFolderGraph Read(Assembly host, IEnumerable<(string RelativePath, string Text)> sources)
    {
        var owners = host.GetTypes()
            .Where(t => !t.IsNested && t.Namespace is { } ns && ns.StartsWith(Root + ".", StringComparison.Ordinal) && !t.Name.Contains('<'))
            .GroupBy(t => t.Name.Split('`')[0])
            .ToDictionary(g => g.Key, g => g.Select(t => FolderOfNamespace(t.Namespace!)).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var folders = owners.Values.SelectMany(f => f).ToHashSet(StringComparer.Ordinal);
        var uses = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (path, raw) in sources)
        {
            var here = FolderOfPath(path);
            if (here is null) continue;
            var edges = uses.TryGetValue(here, out var e) ? e : uses[here] = new(StringComparer.Ordinal);
            var text = Strings().Replace(Comments().Replace(raw, ""), "\"\"");
            foreach (Match m in NamespaceUse().Matches(text))
            {
                var there = m.Groups[1].Value;
                if (there != here && folders.Contains(there)) edges.TryAdd(there, $"{path}: {Root}.{there}");
            }
            var body = UsingOrNamespaceLine().Replace(text, "");
            foreach (var word in Identifier().Matches(body).Select(m => m.Value).Distinct())
            {
                // A name declared in this folder too (each folder's own Log class) is this folder's.
                if (!owners.TryGetValue(word, out var there) || there.Contains(here)) continue;
                foreach (var folder in there) edges.TryAdd(folder, $"{path}: {word}");
            }
        }
        return new HostFolderGraph(uses.ToDictionary(kv => kv.Key, kv => (IReadOnlyDictionary<string, string>)kv.Value, StringComparer.Ordinal));
    }

    /// <summary>Every loop of folders (strongly connected parts of more than one folder), each sorted by name.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Loops()
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var loops = new List<IReadOnlyList<string>>();
        void Visit(string v)
        {
            index[v] = low[v] = index.Count;
            stack.Push(v);
            foreach (var w in Uses.TryGetValue(v, out var e) ? e.Keys : [])
            {
                if (!index.ContainsKey(w)) { Visit(w); low[v] = Math.Min(low[v], low[w]); }
                else if (stack.Contains(w)) low[v] = Math.Min(low[v], index[w]);
            }
            if (low[v] != index[v]) return;
            var part = new List<string>();
            string x;
            do { x = stack.Pop(); part.Add(x); } while (x != v);
            if (part.Count > 1) loops.Add(part.Order(StringComparer.Ordinal).ToList());
        }
        foreach (var folder in Uses.Keys.Order(StringComparer.Ordinal)) if (!index.ContainsKey(folder)) Visit(folder);
        return loops;
    }

    private static IEnumerable<(string, string)> Sources() =>
        Directory.EnumerateFiles(ProjectFolder, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(ProjectFolder, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("bin/", StringComparison.Ordinal) && !f.StartsWith("obj/", StringComparison.Ordinal))
            .Select(f => (f, File.ReadAllText(Path.Combine(ProjectFolder, f))));

    private static string FolderOfNamespace(string ns) => ns.Split('.')[1];

    private static string? FolderOfPath(string relativePath) => relativePath.Contains('/') ? relativePath.Split('/')[0] : null;

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comments();

    [GeneratedRegex("\"(?:\\\\.|[^\"\\\\])*\"")]
    private static partial Regex Strings();

    [GeneratedRegex(@"\bCutoverBot\.([A-Z][A-Za-z0-9_]*)")]
    private static partial Regex NamespaceUse();

    [GeneratedRegex(@"^\s*(using|namespace)[^\n]*$", RegexOptions.Multiline)]
    private static partial Regex UsingOrNamespaceLine();

    [GeneratedRegex(@"\b[A-Z][A-Za-z0-9_]*\b")]
    private static partial Regex Identifier();
}

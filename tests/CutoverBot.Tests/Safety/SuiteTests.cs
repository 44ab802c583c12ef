using System.Reflection;
using System.Text.RegularExpressions;
using CutoverBot.Tests.Manifest;

namespace CutoverBot.Tests.Safety;

/// <summary>
/// The names (<c>ClassName.MethodName</c>) of every test in the suite, read from the committed sources of both test
/// projects, so a test renamed or deleted anywhere is noticed whichever project's build ran. A method is a test when a
/// Fact or Theory attribute (or one named like them) stands right above it; it belongs to the class declared one
/// indent level out. <see cref="InAssembly"/> gives the same names by reflection, to check this reading.
/// </summary>
internal static partial class SuiteTests
{
    public static IReadOnlySet<string> FromSources() => FromSources(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "tests"), "*.cs", SearchOption.AllDirectories)
        .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    && !f.Contains("node_modules", StringComparison.Ordinal)));

    public static IReadOnlySet<string> FromSources(IEnumerable<string> files)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files) names.UnionWith(InSource(File.ReadAllLines(file)));
        return names;
    }

    /// <summary>The tests declared in one file's lines.</summary>
    public static IEnumerable<string> InSource(IReadOnlyList<string> lines)
    {
        var classes = new Dictionary<int, string>();
        var attributed = false;
        foreach (var line in lines)
        {
            var indent = line.Length - line.TrimStart().Length;
            var text = line.Trim();
            if (ClassDeclaration().Match(text) is { Success: true } declared) classes[indent] = declared.Groups[1].Value;
            if (text.StartsWith('['))
            {
                attributed |= TestAttribute().IsMatch(text);
                continue;
            }
            if (attributed && MethodDeclaration().Match(text) is { Success: true } method && classes.TryGetValue(indent - 4, out var owner))
                yield return $"{owner}.{method.Groups[1].Value}";
            if (text.Length > 0 && !text.StartsWith("//", StringComparison.Ordinal)) attributed = false;
        }
    }

    /// <summary>The tests of a loaded assembly, by reflection: public methods carrying an xunit Fact (Theory derives from it).</summary>
    public static IReadOnlySet<string> InAssembly(Assembly assembly) =>
        assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => m.GetCustomAttributes<FactAttribute>(inherit: true).Any())
                // A test class run on both engines is generic over its fixture (MessageTests`1): named as in its source.
                .Select(m => $"{t.Name.Split('`')[0]}.{m.Name}"))
            .ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"^(?:(?:public|internal|private|protected|file|sealed|static|abstract|partial)\s+)*class (\w+)")]
    private static partial Regex ClassDeclaration();

    [GeneratedRegex(@"^\[(\w+\.)*\w*(Fact|Theory)(Attribute)?\b")]
    private static partial Regex TestAttribute();

    [GeneratedRegex(@"^public (?:static )?(?:async )?(?:void|Task|ValueTask) (\w+)\(")]
    private static partial Regex MethodDeclaration();
}

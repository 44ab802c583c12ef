using System.Text.RegularExpressions;
using CutoverBot.Tests.Manifest;

namespace CutoverBot.Tests.Safety;

/// <summary>Reads the clinical safety file's hazard log, in its CSV and markdown forms, and the plan's risk matrix.</summary>
internal static partial class HazardLogFiles
{
    public static string Folder => Path.Combine(RepositoryPaths.Root, "docs", "clinical-safety");

    public static string CsvPath => Path.Combine(Folder, "hazard-log.csv");

    public static string MarkdownPath => Path.Combine(Folder, "hazard-log.md");

    public static string PlanPath => Path.Combine(Folder, "clinical-risk-management-plan.md");

    public static IReadOnlyList<Hazard> FromCsv(string text) => CsvTable.Parse(text).Select(row => new Hazard(
        Cell(row, "id"), Cell(row, "hazard"),
        Cell(row, "initial_severity"), Cell(row, "initial_likelihood"), Number(Cell(row, "initial_risk")),
        Cell(row, "residual_severity"), Cell(row, "residual_likelihood"), Number(Cell(row, "residual_risk")),
        Cell(row, "product_control_tests").Split(['\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        row)).ToList();

    /// <summary>The hazards of the markdown log: each "## H01 Title" section, its two ratings and the tests it lists in backticks.</summary>
    public static IReadOnlyList<Hazard> FromMarkdown(string text)
    {
        var hazards = new List<Hazard>();
        foreach (var section in HazardHeading().Split(text.Replace("\r\n", "\n")).Skip(1).Chunk(3))
        {
            var (id, title, body) = (section[0], section[1].Trim(), section.Length > 2 ? section[2] : "");
            var initial = Rating("Initial risk", body);
            var residual = Rating("Residual risk", body);
            var tests = TestName().Matches(body).Select(m => m.Groups[1].Value).ToList();
            hazards.Add(new Hazard(id, title, initial.Severity, initial.Likelihood, initial.Risk, residual.Severity, residual.Likelihood, residual.Risk,
                tests, new Dictionary<string, string>()));
        }
        return hazards;
    }

    /// <summary>The plan's matrix: risk (1 to 5) by likelihood, then severity.</summary>
    public static IReadOnlyDictionary<(string Likelihood, string Severity), int> Matrix(string planText)
    {
        var lines = planText.Replace("\r\n", "\n").Split('\n');
        var header = Array.FindIndex(lines, l => l.StartsWith("| Likelihood", StringComparison.Ordinal) && l.Contains("Catastrophic", StringComparison.Ordinal));
        if (header < 0) throw new FormatException("The plan has no risk matrix table (a row starting '| Likelihood' naming the severities).");
        var severities = Cells(lines[header]).Skip(1).ToList();
        var matrix = new Dictionary<(string, string), int>();
        foreach (var row in lines.Skip(header + 2).TakeWhile(l => l.StartsWith('|')).Select(Cells))
            for (var i = 1; i < row.Count && i <= severities.Count; i++)
                matrix[(row[0], severities[i - 1])] = int.Parse(row[i].Trim('*'), System.Globalization.CultureInfo.InvariantCulture);
        return matrix;
    }

    private static (string Severity, string Likelihood, int? Risk) Rating(string label, string body) =>
        Regex.Match(body, $@"\*\*{label}: (\d)\*\* \(severity ([A-Za-z ]+), likelihood ([A-Za-z ]+)\)") is { Success: true } m
            ? (m.Groups[2].Value, m.Groups[3].Value, int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            : ("", "", null);

    private static List<string> Cells(string row) => row.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToList();

    private static string Cell(IReadOnlyDictionary<string, string> row, string column) =>
        row.TryGetValue(column, out var value) ? value.Trim() : throw new FormatException($"hazard-log.csv has no column '{column}'.");

    private static int? Number(string text) => int.TryParse(text, out var n) ? n : null;

    [GeneratedRegex(@"^## (H\d+) (.+)$", RegexOptions.Multiline)]
    private static partial Regex HazardHeading();

    [GeneratedRegex(@"`([A-Z]\w*\.\w+)`")]
    private static partial Regex TestName();
}

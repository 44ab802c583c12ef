namespace CutoverBot.Tests.Safety;

/// <summary>
/// Keeps the clinical safety file true: every test the hazard log names exists, the CSV the Clinical Safety Officer
/// keeps in Excel and the markdown log say the same, and every rating follows the plan's matrix.
/// </summary>
public sealed class HazardLogTests
{
    private static readonly string[] RequiredColumns =
        ["hazard", "causes", "effect_on_patient", "initial_severity", "initial_likelihood", "product_controls", "product_control_tests", "practice_controls", "residual_severity", "residual_likelihood"];

    private static IReadOnlyList<Hazard> Csv => HazardLogFiles.FromCsv(File.ReadAllText(HazardLogFiles.CsvPath));

    private static IReadOnlyList<Hazard> Markdown => HazardLogFiles.FromMarkdown(File.ReadAllText(HazardLogFiles.MarkdownPath));

    [Fact]
    public void HazardLog_EveryTestItNames_ExistsInTheSuite()
    {
        var problems = MissingTests(Csv.Concat(Markdown), SuiteTests.FromSources());

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void MissingTests_TestRenamed_NamesTheHazardTheTestAndWhatToDo()
    {
        var log = HazardLogFiles.FromCsv("""
            id,hazard,product_control_tests,initial_risk,residual_risk,initial_severity,initial_likelihood,residual_severity,residual_likelihood
            H01,An entry is lost before it is stored,"MessageTests.ChannelEntry_ReplyFails_EntryStaysSaved
            MessageTests.ChannelEntry_ReplyFailed_EntryKept",3,2,,,,
            """);

        var problem = Assert.Single(MissingTests(log, SuiteTests.FromSources()));

        Assert.Contains("H01 (An entry is lost before it is stored)", problem);
        Assert.Contains("MessageTests.ChannelEntry_ReplyFailed_EntryKept", problem);
        Assert.Contains("renamed or deleted", problem);
    }

    [Fact]
    public void SuiteTests_ReadFromThisProjectsSources_MatchReflectionOverItsAssembly()
    {
        var folder = Path.Combine(Manifest.RepositoryPaths.Root, "tests", "CutoverBot.Tests");
        var fromSources = SuiteTests.FromSources(Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)));
        var byReflection = SuiteTests.InAssembly(typeof(HazardLogTests).Assembly);

        Assert.Equal(byReflection.Order(), fromSources.Order());
    }

    [Fact]
    public void HazardLog_CsvAndMarkdown_NameTheSameHazardsRatingsAndTests()
    {
        var markdown = Markdown.ToDictionary(h => h.Id);
        var problems = new List<string>();
        foreach (var h in Csv)
        {
            if (!markdown.Remove(h.Id, out var m))
            {
                problems.Add($"{h} is in hazard-log.csv but has no '## {h.Id} ...' section in hazard-log.md.");
                continue;
            }
            if (m.Title != h.Title) problems.Add($"{h.Id} is called '{h.Title}' in the CSV and '{m.Title}' in the markdown.");
            if ((m.InitialRisk, m.InitialSeverity, m.InitialLikelihood) != (h.InitialRisk, h.InitialSeverity, h.InitialLikelihood))
                problems.Add($"{h}: the initial risk differs (CSV {h.InitialRisk} {h.InitialSeverity}/{h.InitialLikelihood}, markdown {m.InitialRisk} {m.InitialSeverity}/{m.InitialLikelihood}).");
            if ((m.ResidualRisk, m.ResidualSeverity, m.ResidualLikelihood) != (h.ResidualRisk, h.ResidualSeverity, h.ResidualLikelihood))
                problems.Add($"{h}: the residual risk differs (CSV {h.ResidualRisk} {h.ResidualSeverity}/{h.ResidualLikelihood}, markdown {m.ResidualRisk} {m.ResidualSeverity}/{m.ResidualLikelihood}).");
            if (!h.Tests.Order().SequenceEqual(m.Tests.Order()))
                problems.Add($"{h}: the tests differ. Only in the CSV: {string.Join(", ", h.Tests.Except(m.Tests))}. Only in the markdown: {string.Join(", ", m.Tests.Except(h.Tests))}.");
        }
        problems.AddRange(markdown.Values.Select(m => $"{m} has a section in hazard-log.md but no row in hazard-log.csv."));

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void HazardLog_EveryRating_FollowsThePlansMatrix()
    {
        var matrix = HazardLogFiles.Matrix(File.ReadAllText(HazardLogFiles.PlanPath));
        var problems = new List<string>();
        foreach (var h in Csv)
        {
            Check(h, "initial", h.InitialSeverity, h.InitialLikelihood, h.InitialRisk);
            Check(h, "residual", h.ResidualSeverity, h.ResidualLikelihood, h.ResidualRisk);
        }

        Assert.Equal(25, matrix.Count);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));

        void Check(Hazard h, string which, string severity, string likelihood, int? rating)
        {
            if (!matrix.TryGetValue((likelihood, severity), out var expected))
                problems.Add($"{h}: the {which} severity '{severity}' or likelihood '{likelihood}' is not in the plan's matrix.");
            else if (rating != expected)
                problems.Add($"{h}: the {which} risk is {rating?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "empty"}, but the matrix gives {expected} for {severity} by {likelihood}.");
        }
    }

    [Fact]
    public void HazardLog_EveryHazard_HasCausesEffectControlsTestsAndResidualRisk()
    {
        var log = Csv;
        var problems = log.SelectMany(h => RequiredColumns.Where(c => string.IsNullOrWhiteSpace(h.Cells[c])).Select(c => $"{h} has no {c}.")).ToList();
        problems.AddRange(log.GroupBy(h => h.Id).Where(g => g.Count() > 1).Select(g => $"{g.Key} is used by {g.Count()} hazards."));

        Assert.True(log.Count >= 12, $"hazard-log.csv holds {log.Count} hazards.");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static List<string> MissingTests(IEnumerable<Hazard> log, IReadOnlySet<string> suite) =>
        log.SelectMany(h => h.Tests.Where(t => !suite.Contains(t)).Select(t =>
                $"{h} names {t}, which is not a test in tests/: it was renamed or deleted. Point the hazard at the test that now proves the control, " +
                "in docs/clinical-safety/hazard-log.csv and hazard-log.md, and tell the Clinical Safety Officer if the control itself changed."))
            .Distinct()
            .ToList();
}

using System.Text.Json;
using System.Text.RegularExpressions;
using CutoverBot.Core.Checklist;
using CutoverBot.Core.Tests.Cards;

namespace CutoverBot.Core.Tests.Checklist;

public sealed class ChecklistFeatureTests
{
    [Theory]
    [InlineData("checklist.json")]
    [InlineData("setup.json")]
    public void Actions_EveryVerbInTheTemplates_HasAHandler(string template)
    {
        using var h = new ChecklistHarness();
        var feature = new ChecklistFeature(h.Db, h.Practices, ChecklistHarness.Catalog, h.Time);
        var text = File.ReadAllText(Path.Combine(OfficialCardCheck.RepoRoot, "cards", template));

        var verbs = Regex.Matches(text, "\"verb\"\\s*:\\s*\"([^\"]+)\"").Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.NotEmpty(verbs);
        Assert.All(verbs, v => Assert.Contains(v, feature.Actions.Select(a => a.Verb)));
        Assert.Equal(ChecklistFeature.Verbs.Order(), feature.Actions.Select(a => a.Verb).Order());
    }

    [Fact]
    public void Commands_NamesMatchTheirInfos()
    {
        using var h = new ChecklistHarness();
        var feature = new ChecklistFeature(h.Db, h.Practices, ChecklistHarness.Catalog, h.Time);

        Assert.Equal(["checklist", "done", "untick", "setup"], feature.Commands.Select(c => c.Info.Name));
        Assert.Equal(ChecklistFeature.CommandInfos, feature.Commands.Select(c => c.Info));
    }

    [Fact]
    public void Actions_TickThroughTheFeature_ShowsOnThePlannersCard()
    {
        using var h = new ChecklistHarness();
        var practice = h.Save(ChecklistHarness.NewPractice());
        h.SetLondon(ChecklistHarness.Fdp, 9, 0);
        var feature = new ChecklistFeature(h.Db, h.Practices, ChecklistHarness.Catalog, h.Time);
        var toggle = feature.Actions.Single(a => a.Verb == "checklist.toggle");

        toggle.Handle(ChecklistHarness.InChannel(ChecklistHarness.Sam), JsonDocument.Parse("""{"taskId":"fdp-logoff","date":"2027-03-23","act":"tick"}""").RootElement);

        var card = (ChecklistCardData)feature.Planner.Plan(practice, ChecklistHarness.Fdp)[0].Card.Data;
        Assert.True(card.Today.Single(r => r.TaskId == "fdp-logoff").Done);
    }

    [Fact]
    public void Validate_BrokenCatalogPath_ReportsTheCatalogsProblems()
    {
        var path = Path.Combine(Path.GetTempPath(), $"catalog-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "tasks": [ { "id": "x1", "title": "T", "guidance": "G", "audience": ["manager"], "from": "someday" } ] }""");
        try
        {
            var options = new ChecklistOptions { CatalogPath = path };
            var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();

            var valid = System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options, new(options), results, validateAllProperties: true);

            Assert.False(valid);
            Assert.Contains("\"from\" must look like fdp-28", Assert.Single(results).ErrorMessage);
            var builtIn = new ChecklistOptions();
            Assert.True(System.ComponentModel.DataAnnotations.Validator.TryValidateObject(builtIn, new(builtIn), [], true));
        }
        finally
        {
            File.Delete(path);
        }
    }
}

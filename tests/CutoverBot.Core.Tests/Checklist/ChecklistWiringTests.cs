using System.Text.Json;
using System.Text.RegularExpressions;
using CutoverBot.Core.Checklist;
using CutoverBot.Core.Commands;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Tests.Cards;
using Microsoft.Extensions.DependencyInjection;

namespace CutoverBot.Core.Tests.Checklist;

/// <summary>The checklist as the container builds it: its buttons have handlers, its commands are routed, a tick reaches the planner.</summary>
public sealed class ChecklistWiringTests
{
    [Theory]
    [InlineData("checklist.json")]
    [InlineData("setup.json")]
    public void Actions_EveryVerbInTheTemplates_HasAHandler(string template)
    {
        using var h = new ChecklistHarness();
        var registered = h.Services.GetServices<ICardAction>().Select(a => a.Verb).ToList();
        var text = File.ReadAllText(Path.Combine(OfficialCardCheck.RepoRoot, "cards", template));

        var verbs = Regex.Matches(text, "\"verb\"\\s*:\\s*\"([^\"]+)\"").Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.NotEmpty(verbs);
        Assert.All(verbs, v => Assert.Contains(v, registered));
    }

    [Fact]
    public void Container_RegisteredCommandsAndVerbs_AreTheOnesTheHelpCardAndManifestList()
    {
        using var h = new ChecklistHarness();
        var router = h.Service<ChatCommandRouter>();

        Assert.Equal(CutoverFeatures.Commands.Select(c => c.Name).Order(), router.Commands.Select(c => c.Name).Order());
        Assert.Equal(CutoverFeatures.Verbs.Order(), router.Verbs.Order());
        Assert.Contains("checklist", router.Commands.Select(c => c.Name));
        Assert.Contains("setup.submit", router.Verbs);
    }

    [Fact]
    public void Actions_TickThroughTheFeature_ShowsOnThePlannersCard()
    {
        using var h = new ChecklistHarness();
        var practice = h.Save(ChecklistHarness.NewPractice());
        h.SetLondon(ChecklistHarness.Fdp, 9, 0);
        var toggle = h.Services.GetServices<ICardAction>().Single(a => a.Verb == "checklist.toggle");

        toggle.Handle(ChecklistHarness.InChannel(ChecklistHarness.Sam), JsonDocument.Parse("""{"taskId":"fdp-logoff","date":"2027-03-23","act":"tick"}""").RootElement);

        var card = (ChecklistCardData)h.Planner.Plan(practice, ChecklistHarness.Fdp)[0].Card.Data;
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

using CutoverBot.Core.Checklist;
using CutoverBot.Core.Parsing;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.Tests.Checklist;

public sealed class CutoverCatalogLoaderTests
{
    private const string OneTask = """
        { "tasks": [ { "id": "third-parties", "title": "Tell third parties", "guidance": "Tell them the dates.", "audience": ["manager"], "from": "fdp-28" } ] }
        """;

    [Fact]
    public void Parse_ToLeftOut_MakesAOneDayTask()
    {
        var task = CutoverCatalogLoader.Parse(OneTask, "test").Tasks.Single();

        Assert.Equal(new DayOffset(CutoverAnchor.Fdp, -28), task.From);
        Assert.Equal(task.From, task.To);
        Assert.Equal([TaskAudience.Manager], task.Audience);
    }

    [Fact]
    public void LoadFile_BrokenOverride_ListsEveryProblemWithThePath()
    {
        var path = Path.Combine(Path.GetTempPath(), $"catalog-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            { "tasks": [
              { "id": "a-task", "title": "One", "guidance": "Do it.", "audience": ["manager"], "from": "fdp-2", "to": "fdp-5" },
              { "id": "a-task", "title": "Two", "guidance": "", "audience": ["caretaker"], "from": "next week" },
              { "id": "Bad Id", "title": "Three", "guidance": "Go.", "audience": [], "from": "golive", "to": "fdp" }
            ],
              "reminders": [ { "id": "calls", "text": "Log calls.", "phases": ["lunch"] } ] }
            """);
        try
        {
            var ex = Assert.Throws<CatalogException>(() => CutoverCatalogLoader.Load(path));

            Assert.Contains(path, ex.Message);
            Assert.Contains("task 1 (a-task): \"to\" (fdp-5) comes before \"from\" (fdp-2)", ex.Message);
            Assert.Contains("the id \"a-task\" is used twice", ex.Message);
            Assert.Contains("\"guidance\" is missing", ex.Message);
            Assert.Contains("unknown audience \"caretaker\"", ex.Message);
            Assert.Contains("\"from\" must look like fdp-28", ex.Message);
            Assert.Contains("task 3 (Bad Id): \"id\" must be", ex.Message);
            Assert.Contains("\"audience\" must name at least one", ex.Message);
            Assert.Contains("comes before \"from\" (golive)", ex.Message);
            Assert.Contains("unknown phase \"lunch\"", ex.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Parse_MisspeltField_IsRefusedNotIgnored()
    {
        var json = OneTask.Replace("\"from\"", "\"form\"");

        var ex = Assert.Throws<CatalogException>(() => CutoverCatalogLoader.Parse(json, "my-catalog.json"));

        Assert.Contains("my-catalog.json", ex.Message);
        Assert.Contains("form", ex.Message);
    }

    [Theory]
    [InlineData("{ \"tasks\": [ ", "is not valid")]
    [InlineData("{ }", "there are no tasks")]
    [InlineData("null", "is empty")]
    public void Parse_UnusableFile_SaysWhy(string json, string expected)
    {
        var ex = Assert.Throws<CatalogException>(() => CutoverCatalogLoader.Parse(json, "override.json"));

        Assert.Contains(expected, ex.Message);
    }

    [Fact]
    public void Load_MissingOverrideFile_NamesTheSettingAndPath()
    {
        var ex = Assert.Throws<CatalogException>(() => CutoverCatalogLoader.Load("/no/such/catalog.json"));

        Assert.Contains("Checklist:CatalogPath", ex.Message);
        Assert.Contains("/no/such/catalog.json", ex.Message);
    }

    [Fact]
    public void Load_NoOverride_UsesTheShippedCatalog() =>
        Assert.NotNull(CutoverCatalogLoader.Load(null).Find("planning-meeting"));

    [Fact]
    public void Parse_DailyTaskWithCounts_ReadsTheRoutineAndItsKinds()
    {
        var json = """
            { "tasks": [
              { "id": "daily-results", "title": "Results", "guidance": "Log today's.", "audience": ["clinicians"], "from": "fdp", "to": "golive-1", "daily": true },
              { "id": "register-held", "title": "Register", "guidance": "Register them.", "audience": ["reception"], "from": "golive", "to": "golive+7", "counts": ["registration", "Registration"] },
              { "id": "reenter-logged", "title": "Re-enter", "guidance": "Re-enter.", "audience": ["manager"], "from": "golive", "counts": ["all"] }
            ] }
            """;

        var tasks = CutoverCatalogLoader.Parse(json, "test").Tasks;

        Assert.Equal([true, false, false], tasks.Select(t => t.Daily));
        Assert.Equal([CutoverBot.Core.Parsing.EntryCategory.Registration], tasks[1].Counts);
        Assert.Equal(13, tasks[2].Counts!.Count);
    }

    [Fact]
    public void Parse_OneDayDailyTaskOrUnknownKind_RefusedWithTheReason()
    {
        var json = """
            { "tasks": [
              { "id": "daily-one", "title": "One day", "guidance": "Today.", "audience": ["reception"], "from": "fdp", "daily": true },
              { "id": "counts-bad", "title": "Bad", "guidance": "Count.", "audience": ["reception"], "from": "golive", "counts": ["parcels"] }
            ] }
            """;

        var ex = Assert.Throws<CatalogException>(() => CutoverCatalogLoader.Parse(json, "my-catalog.json"));

        Assert.Contains("task 1 (daily-one): a daily task repeats every day of its window, but \"from\" and \"to\" are both fdp", ex.Message);
        Assert.Contains("task 2 (counts-bad): unknown kind of entry \"parcels\" in \"counts\" (use all, or call, registration", ex.Message);
    }

    [Fact]
    public void Parse_TooManyDailyTasks_RefusedToKeepTheCardSmall()
    {
        var tasks = Enumerable.Range(1, CatalogValidator.MaxDailyTasks + 1).Select(i =>
            $$"""{ "id": "daily-{{i}}", "title": "Routine {{i}}", "guidance": "Every day.", "audience": ["reception"], "from": "fdp", "to": "golive-1", "daily": true }""");

        var ex = Assert.Throws<CatalogException>(() => CutoverCatalogLoader.Parse($$"""{ "tasks": [ {{string.Join(",", tasks)}} ] }""", "test"));

        Assert.Contains($"there are {CatalogValidator.MaxDailyTasks + 1} daily tasks: keep to {CatalogValidator.MaxDailyTasks} at most", ex.Message);
    }
}

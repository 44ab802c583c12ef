using System.Collections.Concurrent;
using CutoverBot.Core.Checklist;
using CutoverBot.Core.Checklist.PostgreSql;
using CutoverBot.Tests.Postgres;
using Microsoft.Extensions.Time.Testing;

namespace CutoverBot.Core.Tests.Storage.Contracts;

/// <summary>Checklist ticks on every engine: the first tick is kept, a daily task is ticked per day, every change is in the history, and two instances clicking at once leave one tick.</summary>
public abstract class ChecklistTickContract(StoreEngine engine) : IDisposable
{
    private static readonly DateOnly Tuesday = new(2027, 3, 2);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2027, 3, 2, 9, 14, 30, 125, TimeSpan.Zero));
    private readonly string _practice = "19:practice-" + Guid.NewGuid().ToString("N");

    public void Dispose() => engine.Dispose();

    private IChecklistTickStore Store() => engine.Make<IChecklistTickStore>(db => new ChecklistTickStore(db, _time), pg => new PostgresChecklistTickStore(pg, _time));

    private IChecklistTickStore OnAnotherInstance() =>
        engine.MakeOnAnotherInstance<IChecklistTickStore>(db => new ChecklistTickStore(db, _time), pg => new PostgresChecklistTickStore(pg, _time));

    [Fact]
    public void Tick_TwiceInTurn_KeepsTheFirstAndRecordsOnce()
    {
        var ticks = Store();
        var first = ticks.Tick(_practice, "Smart-Cards", "29:sam", "Sam Jones");
        _time.Advance(TimeSpan.FromMinutes(5));

        var second = ticks.Tick(_practice, "smart-cards", "29:pat", "Pat Manager");

        Assert.Equal(("smart-cards", "Sam Jones", first.At), (second.TaskId, second.ByName, second.At));
        var stored = ticks.Find(_practice, "SMART-CARDS")!;
        Assert.Equal(("29:sam", "Sam Jones", new DateTimeOffset(2027, 3, 2, 9, 14, 30, 125, TimeSpan.Zero), (DateOnly?)null), (stored.ByUserId, stored.ByName, stored.At, stored.Day));
        var history = Assert.Single(ticks.History(_practice));
        Assert.Equal(("smart-cards", true, "29:sam", first.At), (history.TaskId, history.Ticked, history.ByUserId, history.At));
    }

    [Fact]
    public void Tick_DailyTaskOnTwoDays_KeptApart_OtherPracticesLeftOut()
    {
        var ticks = Store();
        ticks.Tick(_practice, "daily-results", "29:sam", "Sam Jones", Tuesday);
        ticks.Tick(_practice, "daily-results", "29:pat", "Pat Manager", Tuesday.AddDays(1));
        ticks.Tick(_practice + "-other", "daily-results", "29:x", "X", Tuesday);

        Assert.Equal(["daily-results|2027-03-02", "daily-results|2027-03-03"], ticks.ForPractice(_practice).Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Pat Manager", ticks.ForPractice(_practice)["DAILY-RESULTS|2027-03-03"].ByName);
        Assert.Equal(Tuesday, ticks.Find(_practice, "daily-results", Tuesday)?.Day);
        Assert.Null(ticks.Find(_practice, "daily-results"));
    }

    [Fact]
    public void Untick_ClearsOnce_HistoryOldestFirst()
    {
        var ticks = Store();
        // A second apart: LiteDB orders records of one instant by their random ids.
        ticks.Tick(_practice, "smart-cards", "29:sam", "Sam Jones");
        _time.Advance(TimeSpan.FromSeconds(1));
        ticks.Tick(_practice, "daily-results", "29:sam", "Sam Jones", Tuesday);
        _time.Advance(TimeSpan.FromMinutes(3));

        Assert.True(ticks.Untick(_practice, "Smart-Cards", "29:pat", "Pat Manager"));
        Assert.False(ticks.Untick(_practice, "smart-cards", "29:pat", "Pat Manager"));
        Assert.False(ticks.Untick(_practice, "daily-results", "29:pat", "Pat Manager"));

        Assert.Null(ticks.Find(_practice, "smart-cards"));
        Assert.Equal(["smart-cards True Sam Jones", "daily-results True Sam Jones", "smart-cards False Pat Manager"],
            ticks.History(_practice).Select(a => $"{a.TaskId} {a.Ticked} {a.ByName}"));
    }

    [Fact]
    public void Tick_TwoInstancesAtOnce_OneTickWhoseClickIsInTheHistory()
    {
        var instances = new[] { Store(), OnAnotherInstance() };
        var returned = new ConcurrentBag<ChecklistTick>();

        Race.TwoInstances(20, (instance, round) => returned.Add(instances[instance].Tick(_practice, $"task-{round}", $"29:user-{instance}", $"User {instance}")));

        var ticks = instances[0].ForPractice(_practice);
        var history = instances[1].History(_practice);
        Assert.True(ticks.Count == 20, $"{engine.Name}: {ticks.Count} ticks for 20 tasks");
        Assert.Equal(40, returned.Count);
        Assert.All(ticks.Values, tick =>
        {
            var clicks = history.Where(h => h.TaskId == tick.TaskId).ToList();
            Assert.True(clicks.Count is 1 or 2 && clicks.All(c => c.Ticked), $"{engine.Name}: {clicks.Count} records for {tick.TaskId}");
            Assert.Contains(clicks, c => c.ByUserId == tick.ByUserId);
        });
    }

    [Fact]
    public void Untick_TwoInstancesAtOnce_OneIsToldItCleared()
    {
        var instances = new[] { Store(), OnAnotherInstance() };
        for (var i = 0; i < 20; i++) instances[0].Tick(_practice, $"task-{i}", "29:sam", "Sam Jones");
        var cleared = new ConcurrentBag<int>();

        Race.TwoInstances(20, (instance, round) =>
        {
            if (instances[instance].Untick(_practice, $"task-{round}", $"29:user-{instance}", $"User {instance}")) cleared.Add(round);
        });

        Assert.True(cleared.Count == 20 && cleared.Distinct().Count() == 20, $"{engine.Name}: {cleared.Count} unticks reported for 20 tasks");
        Assert.Empty(instances[0].ForPractice(_practice));
        Assert.Equal(20, instances[1].History(_practice).Count(h => !h.Ticked));
    }
}

public sealed class ChecklistTickOnLiteDbTests() : ChecklistTickContract(new LiteDbEngine());

public sealed class ChecklistTickOnPostgreSqlTests(PostgresTestDatabase database)
    : ChecklistTickContract(new PostgreSqlEngine(database)), IClassFixture<PostgresTestDatabase>;

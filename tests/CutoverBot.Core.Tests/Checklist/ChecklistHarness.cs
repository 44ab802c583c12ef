using CutoverBot.Core.Checklist;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Storage;
using Microsoft.Extensions.Time.Testing;

namespace CutoverBot.Core.Tests.Checklist;

/// <summary>A real in-memory database, the shipped catalog and a fake clock, wired as the host wires them.</summary>
internal sealed class ChecklistHarness : IDisposable
{
    // FDP on a Tuesday, five cutover days, go-live on the Monday after the March clock change (Sun 28 Mar 2027).
    public static readonly DateOnly Fdp = new(2027, 3, 23);
    public static readonly DateOnly GoLive = new(2027, 3, 29);

    public ChecklistHarness()
    {
        Time = new FakeTimeProvider(new DateTimeOffset(2027, 2, 1, 9, 0, 0, TimeSpan.Zero));
        Db = new CutoverDatabase(":memory:");
        Practices = new PracticeStore(Db);
        Ticks = new ChecklistTickStore(Db, Time);
        Builder = new DailyChecklistBuilder(Catalog, Ticks);
        Cards = new ChecklistCards(Builder, new EntryActivity(Db));
        Planner = new MorningPostPlanner(Cards);
    }

    public static CutoverCatalog Catalog { get; } = CutoverCatalogLoader.LoadEmbedded();

    public FakeTimeProvider Time { get; }
    public CutoverDatabase Db { get; }
    public PracticeStore Practices { get; }
    public ChecklistTickStore Ticks { get; }
    public DailyChecklistBuilder Builder { get; }
    public ChecklistCards Cards { get; }
    public MorningPostPlanner Planner { get; }

    public static Practice NewPractice(bool dispensing = false, DateOnly? setUpOn = null, string? manager = "29:manager") => new()
    {
        Id = "19:team-riverside@thread.tacv2",
        Name = "Riverside Surgery",
        ChannelId = "19:team-riverside@thread.tacv2",
        FdpDate = Fdp,
        GoLiveDate = GoLive,
        IsDispensing = dispensing,
        ManagerUserId = manager,
        SetUpOn = setUpOn ?? Fdp.AddDays(-35),
    };

    /// <summary>Moves the fake clock to a London wall-clock time.</summary>
    public void SetLondon(DateOnly date, int hour, int minute)
    {
        var local = date.ToDateTime(new TimeOnly(hour, minute));
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        Time.SetUtcNow(new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime());
    }

    public void Dispose() => Db.Dispose();
}

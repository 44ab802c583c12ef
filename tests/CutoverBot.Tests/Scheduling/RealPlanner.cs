using CutoverBot.Core.Checklist;
using CutoverBot.Core.GoLive;
using CutoverBot.Scheduling;

namespace CutoverBot.Tests.Scheduling;

/// <summary>The production planner over a harness's (re)opened database: the shipped calendar and the real cards.</summary>
internal static class RealPlanner
{
    public static CutoverCatalog Catalog { get; } = CutoverCatalogLoader.LoadEmbedded();

    public static IMorningPostPlanner For(SchedulerHarness h)
    {
        var golive = GoLiveMorning.Create(h.Database);
        return new ChecklistMorningPostPlanner(new MorningPostPlanner(
            new ChecklistCards(new DailyChecklistBuilder(Catalog, new ChecklistTickStore(h.Database, h.Time)), new EntryActivity(h.Database), golive.Reentry),
            golive));
    }
}

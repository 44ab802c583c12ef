using Microsoft.Extensions.DependencyInjection;
using CutoverBot.Core.Checklist;
using CutoverBot.Scheduling;
using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests.Scheduling;

/// <summary>The production planner over a harness's (re)opened database: the shipped calendar and the real cards.</summary>
internal static class RealPlanner
{
    public static CutoverCatalog Catalog { get; } = CutoverCatalogLoader.LoadEmbedded();

    public static IMorningPostPlanner For(SchedulerHarness h)
    {
        // Not disposed: it holds nothing of its own beyond the harness's database, which the harness closes.
        var core = CoreOver.Build(h.Database, h.Time, s => s.AddSingleton(Catalog));
        return new ChecklistMorningPostPlanner(core.GetRequiredService<MorningPostPlanner>());
    }
}

using CutoverBot.Core.Checklist;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Scheduling;

namespace CutoverBot.Scheduling;

/// <summary>The production planner: the checklist's <see cref="MorningPostPlanner"/>.</summary>
internal sealed class ChecklistMorningPostPlanner(MorningPostPlanner planner) : IMorningPostPlanner
{
    public IReadOnlyList<MorningPost> Plan(Practice practice, DateOnly londonDate, DateTimeOffset at) =>
        planner.Plan(practice, londonDate, TimeOnly.FromDateTime(LondonTime.ToLondon(at).DateTime));

    public CardReply BuildSupersededChannelCard(Practice practice, DateOnly date) => planner.BuildChannelCard(practice, date, superseded: true);
}

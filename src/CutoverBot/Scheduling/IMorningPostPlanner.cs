using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Scheduling;

namespace CutoverBot.Scheduling;

/// <summary>
/// What the scheduler needs from the checklist: the day's posts and the superseded version of a channel card. An
/// interface because the scheduler's tests feed their own posts.
/// </summary>
public interface IMorningPostPlanner
{
    /// <summary>The posts of <paramref name="londonDate"/>, worded for the instant <paramref name="at"/> they go out.</summary>
    IReadOnlyList<MorningPost> Plan(Practice practice, DateOnly londonDate, DateTimeOffset at);

    /// <summary>The channel card of <paramref name="date"/> marked as superseded by a newer morning's card.</summary>
    CardReply BuildSupersededChannelCard(Practice practice, DateOnly date);
}

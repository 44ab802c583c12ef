using CutoverBot.Core.Commands;
using CutoverBot.Core.Entries;

namespace CutoverBot.Core.Checklist;

/// <summary>checklist: today's checklist card, on demand. Guests of the team may read it too.</summary>
internal sealed class ChecklistCommand(ChecklistAccess access, MorningPostPlanner planner, TimeProvider time) : IChatCommand
{
    public static CommandInfo Definition { get; } = new("checklist", "checklist", "Show today's cutover checklist.");

    public CommandInfo Info => Definition;

    public ChatResponse Handle(ChatContext context, string arguments)
    {
        var (practice, refusal) = access.PracticeToRead(context);
        if (practice is null) return ChatResponse.Say(refusal!);
        return ChatResponse.Show(planner.BuildChannelCard(practice, LondonTime.Today(time), superseded: false));
    }
}

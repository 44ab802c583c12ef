using CutoverBot.Core.Entries;
using CutoverBot.Core.Kernel;

namespace CutoverBot.Core.Checklist;

/// <summary>untick &lt;task id&gt;: the typed twin of the card's Untick button (a daily task: today's round).</summary>
internal sealed class UntickCommand(ChecklistAccess access, CutoverCatalog catalog, IChecklistTickStore ticks, TimeProvider time) : IChatCommand
{
    public static CommandInfo Definition { get; } = new("untick", "untick ‹task id›", "Clear a tick made by mistake.");

    public CommandInfo Info => Definition;

    public ChatResponse Handle(ChatContext context, string arguments)
    {
        var id = arguments.Trim().TrimEnd('.', '!');
        if (id.Length == 0) return ChatResponse.Say("Which task? Type untick and the task's id, for example untick third-parties.");
        var (practice, refusal) = access.PracticeFor(context);
        if (practice is null) return ChatResponse.Say(refusal!);
        var task = catalog.Find(id);
        if (task is null) return ChatResponse.Say(TickReplies.UnknownTask(id, catalog));
        DateOnly? round = task.Daily ? LondonTime.Today(time) : null;
        return ticks.Untick(practice.Id, task.Id, context.User.Id, context.User.Name, round)
            ? ChatResponse.Say($"Unticked {task.Id} ({task.Title}). It's back on the checklist.") with { ChecklistChangedFor = practice.Id }
            : ChatResponse.Say(round is null ? $"{task.Id} wasn't ticked." : $"{task.Id} wasn't ticked today.");
    }
}

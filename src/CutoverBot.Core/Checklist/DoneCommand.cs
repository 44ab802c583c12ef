using CutoverBot.Core.Entries;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.Checklist;

/// <summary>done &lt;task id&gt;: ticks a task by typing, the typed twin of the card's Tick button (a daily task: today's round).</summary>
internal sealed class DoneCommand(ChecklistAccess access, CutoverCatalog catalog, IChecklistTickStore ticks, TimeProvider time) : IChatCommand
{
    public static CommandInfo Definition { get; } = new("done", "done ‹task id›", "Tick a checklist task, for example done third-parties.");

    public CommandInfo Info => Definition;

    public ChatResponse Handle(ChatContext context, string arguments)
    {
        var id = arguments.Trim().TrimEnd('.', '!');
        if (id.Length == 0) return ChatResponse.Say("Which task? Type done and the task's id from the checklist card, for example done third-parties.");
        var (practice, refusal) = access.PracticeFor(context);
        if (practice is null) return ChatResponse.Say(refusal!);
        var task = catalog.Find(id);
        if (task is null) return ChatResponse.Say(TickReplies.UnknownTask(id, catalog));
        if (!task.AppliesTo(practice.IsDispensing)) return ChatResponse.Say(TickReplies.NotForThisPractice(task));
        var today = LondonTime.Today(time);
        if (task.Daily && !task.RunsOn(CutoverCalendar.DatesOf(practice)!, today)) return ChatResponse.Say(TickReplies.NotToday(task));
        DateOnly? round = task.Daily ? today : null;
        if (ticks.Find(practice.Id, task.Id, round) is { } already)
            return ChatResponse.Say(round is null
                ? $"{task.Id} was already ticked by {already.ByName} on {UkFormat.ShortDate(LondonTime.DateOf(already.At))} at {UkFormat.Time(already.At)}."
                : $"{task.Id} was already ticked today by {already.ByName} at {UkFormat.Time(already.At)}.");
        var tick = ticks.Tick(practice.Id, task.Id, context.User.Id, context.User.Name, round);
        return ChatResponse.Say(TickReplies.Ticked(task, tick)) with { ChecklistChangedFor = practice.Id };
    }
}

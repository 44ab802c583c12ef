using System.Text.Json;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.Checklist;

/// <summary>
/// checklist.toggle: ticks or unticks a task from a checklist card ({taskId, date, act}, and page on an earlier task).
/// The practice comes from where the click happened, never from the data. The answer is the clicked card redrawn for
/// its own day, for everyone in the channel; a daily task's tick belongs to that day's round.
/// </summary>
internal sealed class ChecklistToggleAction(ChecklistAccess access, CutoverCatalog catalog, IChecklistTickStore ticks, MorningPostPlanner planner, TimeProvider time) : ICardAction
{
    public const string Name = "checklist.toggle";

    public string Verb => Name;

    public CardActionResult Handle(ChatContext context, JsonElement data)
    {
        var taskId = Text(data, "taskId");
        var today = LondonTime.Today(time);
        var page = ChecklistCardDay.EarlierPage(data);
        if (taskId is null || ChecklistCardDay.Read(data, today) is null || page == 0) return CardActionResult.BadRequest(ChecklistCardDay.Damaged);
        var (practice, refusal) = access.PracticeFor(context);
        if (practice is null) return CardActionResult.Forbidden(refusal!);
        if (ChecklistCardDay.Read(data, today, practice) is not { } date) return CardActionResult.BadRequest(ChecklistCardDay.Damaged);
        var task = catalog.Find(taskId);
        if (task is null) return CardActionResult.BadRequest(TickReplies.UnknownTask(taskId, catalog));
        if (!task.AppliesTo(practice.IsDispensing)) return CardActionResult.BadRequest(TickReplies.NotForThisPractice(task));
        DateOnly? round = null;
        if (task.Daily)
        {
            if (!task.RunsOn(CutoverCalendar.DatesOf(practice)!, date)) return CardActionResult.BadRequest(TickReplies.NotThatDay(task, date));
            round = date;
        }

        // The button says what it does, so two people clicking the same stale card both mean "tick", not tick-then-untick.
        var wasTicked = ticks.Find(practice.Id, task.Id, round) is not null;
        var tick = Text(data, "act") switch
        {
            "tick" => true,
            "untick" => false,
            _ => !wasTicked,
        };
        if (tick) ticks.Tick(practice.Id, task.Id, context.User.Id, context.User.Name, round);
        else ticks.Untick(practice.Id, task.Id, context.User.Id, context.User.Name, round);

        var card = planner.BuildChannelCard(practice, date, ChecklistCardDay.Superseded(date, time, practice.MorningPostTime), page);
        // A second click on a stale card changes nothing, so only the clicked card needs redrawing; nor does a tick on an
        // earlier day's round of a daily task, which today's card does not show.
        var todayChanged = tick != wasTicked && (round is null || round == today);
        return CardActionResult.Ok(card) with { UpdateForEveryone = true, ChecklistChangedFor = todayChanged ? practice.Id : null };
    }

    private static string? Text(JsonElement data, string key) =>
        CardData.String(data, key)?.Trim() is { Length: > 0 and <= 64 } s ? s : null;
}

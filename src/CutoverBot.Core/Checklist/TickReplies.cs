using CutoverBot.Core.Entries;
namespace CutoverBot.Core.Checklist;

// Shared wording for ticking by typing and by button.
internal static class TickReplies
{
    public static string UnknownTask(string typed, CutoverCatalog catalog)
    {
        var close = catalog.Tasks.Where(t => t.Id.StartsWith(typed.Split('-')[0], StringComparison.OrdinalIgnoreCase)).Take(3).Select(t => t.Id).ToList();
        var hint = close.Count > 0 ? $" Did you mean {string.Join(" or ", close)}?" : " Each task's id is on the checklist card, after \"done\".";
        // Only something shaped like a task id is repeated back: the reply may be in a channel, and what was typed
        // could be a patient's name or number.
        return LooksLikeTaskId(typed) ? $"I don't know a task called \"{typed}\".{hint}" : $"That isn't a task id I know.{hint}";
    }

    private static bool LooksLikeTaskId(string typed) =>
        typed.Length is > 0 and <= 40 && typed.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    public static string NotForThisPractice(CutoverTask task) =>
        $"{task.Id} is for dispensing practices only, and this practice isn't set up as one.";

    public static string NotThatDay(CutoverTask task, DateOnly date) =>
        $"{task.Id} isn't part of the daily routine on {UkFormat.ShortDate(date)} (the cutover dates may have changed). Type checklist for today's list.";

    public static string NotToday(CutoverTask task) =>
        $"{task.Id} is a daily routine, ticked for each day it runs, and it isn't on today's list. Type checklist for today's list.";

    public static string Ticked(CutoverTask task, ChecklistTick tick) => tick.Day is not null
        ? $"Ticked {task.Id} ({task.Title}) for today, by {tick.ByName} at {UkFormat.Time(tick.At)}."
        : $"Ticked {task.Id} ({task.Title}), by {tick.ByName} at {UkFormat.Time(tick.At)} on {UkFormat.ShortDate(LondonTime.DateOf(tick.At))}.";
}

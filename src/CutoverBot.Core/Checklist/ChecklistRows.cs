using System.Globalization;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Parsing;
namespace CutoverBot.Core.Checklist;

// Turns checklist items into card lines, in UK dates and London times.
internal static class ChecklistRows
{
    public static ChecklistTaskRow For(ChecklistItem item, DateOnly cardDate, IReadOnlyDictionary<EntryCategory, int>? pending = null, int? earlierPage = null,
        DateOnly? setUpOn = null)
    {
        var task = item.Task;
        var audience = string.Join(", ", task.Audience.Select(TaskAudienceNames.Label));
        var due = Due(item, cardDate);
        var count = StillToReenter(task, pending);
        var line = $"{due} · {audience} · done {task.Id}{count}";
        return new ChecklistTaskRow(
            task.Id,
            UkFormat.IsoDate(cardDate),
            task.Title,
            task.Guidance,
            audience,
            due,
            item.IsDone,
            item.IsDone ? "✅" : item.IsOverdue ? "⚠️" : "⬜",
            Status(item, cardDate),
            item.IsDone ? "Untick" : "Tick",
            item.IsDone ? "untick" : "tick",
            earlierPage?.ToString(CultureInfo.InvariantCulture) ?? "",
            count)
        {
            Details = ShowsGuidance(item, cardDate, setUpOn) ? task.Guidance + "\n\n" + line : line,
        };
    }

    public static List<ChecklistTaskRow> For(
        IEnumerable<ChecklistItem> items, DateOnly cardDate, int max = int.MaxValue, IReadOnlyDictionary<EntryCategory, int>? pending = null, DateOnly? setUpOn = null) =>
        items.Take(max).Select(i => For(i, cardDate, pending, setUpOn: setUpOn)).ToList();

    // How to do a task is shown on the first day it is on the practice's list and on the day it is due; the days
    // between show its title and due line only. The channel card of the day after go-live holds 18 open tasks, and
    // the guidance of all of them on every day of their windows took it over 16 KB, the size that card is kept under
    // because it goes to every member's client again on each tick.
    private static bool ShowsGuidance(ChecklistItem item, DateOnly cardDate, DateOnly? setUpOn)
    {
        if (item.IsOverdue) return false;
        var firstOnList = setUpOn is { } s && s > item.StartsOn ? s : item.StartsOn;
        return cardDate <= firstOnList || cardDate == item.EndsOn;
    }

    private static string Due(ChecklistItem item, DateOnly cardDate)
    {
        if (item.Task.Daily) return $"Every day until {UkFormat.ShortDate(item.EndsOn)}";
        if (item.EndsOn < cardDate) return $"Was due {UkFormat.ShortDate(item.EndsOn)}";
        if (item.EndsOn == cardDate) return "Due today";
        return $"Due by {UkFormat.ShortDate(item.EndsOn)}";
    }

    private static string Status(ChecklistItem item, DateOnly cardDate)
    {
        if (item.Tick is not { } tick) return item.IsOverdue ? "Overdue: not done yet" : "Not done yet";
        var when = LondonTime.DateOf(tick.At) == cardDate
            ? $"at {UkFormat.Time(tick.At)}"
            : $"on {UkFormat.ShortDate(LondonTime.DateOf(tick.At))} at {UkFormat.Time(tick.At)}";
        return $"Done: ticked by {tick.ByName} {when}";
    }

    // The live number of entries of the task's kinds still waiting for re-entry, as the end of the row's details line
    // (counts only: the card is channel-safe).
    private static string StillToReenter(CutoverTask task, IReadOnlyDictionary<EntryCategory, int>? pending)
    {
        if (pending is null || task.Counts is not { Count: > 0 } kinds) return "";
        var n = kinds.Sum(k => pending.TryGetValue(k, out var c) ? c : 0);
        return n == 0 ? " · Nothing left to re-enter" : $" · Still to re-enter: {EntryCount.Text(n)}";
    }
}

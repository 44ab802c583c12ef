using System.Globalization;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Parsing;
namespace CutoverBot.Core.Checklist;

// Turns checklist items into card lines, in UK dates and London times.
internal static class ChecklistRows
{
    public static ChecklistTaskRow For(ChecklistItem item, DateOnly cardDate, IReadOnlyDictionary<EntryCategory, int>? pending = null, int? earlierPage = null)
    {
        var task = item.Task;
        var audience = string.Join(", ", task.Audience.Select(TaskAudienceNames.Label));
        return new ChecklistTaskRow(
            task.Id,
            UkFormat.IsoDate(cardDate),
            task.Title,
            task.Guidance,
            audience,
            Due(item, cardDate),
            item.IsDone,
            item.IsDone ? "✅" : item.IsOverdue ? "⚠️" : "⬜",
            Status(item, cardDate),
            item.IsDone ? "Untick" : "Tick",
            item.IsDone ? "untick" : "tick",
            earlierPage?.ToString(CultureInfo.InvariantCulture) ?? "",
            StillToReenter(task, pending));
    }

    public static List<ChecklistTaskRow> For(
        IEnumerable<ChecklistItem> items, DateOnly cardDate, int max = int.MaxValue, IReadOnlyDictionary<EntryCategory, int>? pending = null) =>
        items.Take(max).Select(i => For(i, cardDate, pending)).ToList();

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

using CutoverBot.Core.Entries;
namespace CutoverBot.Core.Checklist;

// Turns checklist items into card lines, in UK dates and London times.
internal static class ChecklistRows
{
    public static ChecklistTaskRow For(ChecklistItem item, DateOnly cardDate)
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
            item.IsDone ? "untick" : "tick");
    }

    public static List<ChecklistTaskRow> For(IEnumerable<ChecklistItem> items, DateOnly cardDate, int max = int.MaxValue) =>
        items.Take(max).Select(i => For(i, cardDate)).ToList();

    private static string Due(ChecklistItem item, DateOnly cardDate)
    {
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
}

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
            cardDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
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
        if (item.EndsOn < cardDate) return $"Was due {LondonClock.ShortDate(item.EndsOn)}";
        if (item.EndsOn == cardDate) return "Due today";
        return $"Due by {LondonClock.ShortDate(item.EndsOn)}";
    }

    private static string Status(ChecklistItem item, DateOnly cardDate)
    {
        if (item.Tick is not { } tick) return item.IsOverdue ? "Overdue: not done yet" : "Not done yet";
        var when = LondonClock.DateOf(tick.At) == cardDate
            ? $"at {LondonClock.Time(tick.At)}"
            : $"on {LondonClock.ShortDate(LondonClock.DateOf(tick.At))} at {LondonClock.Time(tick.At)}";
        return $"Done: ticked by {tick.ByName} {when}";
    }
}

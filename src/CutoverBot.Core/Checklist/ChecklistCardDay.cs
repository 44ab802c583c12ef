using System.Globalization;
using System.Text.Json;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.Checklist;

// The day a checklist card is for, read from its button data, which may be forged: a day no card of this practice can
// have (unreadable, in the future, months old, before the practice set up) is refused, never drawn.
internal static class ChecklistCardDay
{
    /// <summary>How old a card may be and still be redrawn after a click.</summary>
    public const int MaxCardAgeDays = 120;

    public const string Damaged = "That checklist button is damaged or out of date. Type checklist for today's list.";

    /// <summary>The card's day from <c>date</c> (yyyy-MM-dd), or null when it is not one this practice's cards can carry.</summary>
    public static DateOnly? Read(JsonElement data, DateOnly today, Practice? practice = null)
    {
        var text = CardData.String(data, "date")?.Trim();
        if (text is not { Length: 10 } || !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return null;
        if (date > today || date < today.AddDays(-MaxCardAgeDays)) return null;
        if (practice?.SetUpOn is { } joined && date < joined) return null;
        return date;
    }

    /// <summary>Whether the card of <paramref name="date"/> has been followed by a newer one: yesterday's only once this morning's is posted.</summary>
    public static bool Superseded(DateOnly date, TimeProvider time, TimeOnly postTime)
    {
        var today = LondonTime.Today(time);
        return date < today.AddDays(-1) || (date < today && TimeOnly.FromDateTime(LondonTime.Now(time).DateTime) >= postTime);
    }

    /// <summary>The earlier-tasks page a button asks for: null when it names none, 0 when the page given is not one.</summary>
    public static int? EarlierPage(JsonElement data) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty("page", out _) ? CardData.Page(data) ?? 0 : null;
}

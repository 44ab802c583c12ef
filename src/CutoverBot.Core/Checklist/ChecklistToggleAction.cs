using System.Globalization;
using System.Text.Json;
using CutoverBot.Core.Commands;
using CutoverBot.Core.Entries;

namespace CutoverBot.Core.Checklist;

/// <summary>
/// checklist.toggle: ticks or unticks a task from a checklist card ({taskId, date, act}). The practice comes from
/// where the click happened, never from the data. The answer is the card redrawn, for everyone in the channel.
/// </summary>
internal sealed class ChecklistToggleAction(ChecklistAccess access, CutoverCatalog catalog, ChecklistTickStore ticks, MorningPostPlanner planner, TimeProvider time) : ICardAction
{
    public const string Name = "checklist.toggle";

    /// <summary>How old a card may be and still be redrawn after a click.</summary>
    public const int MaxCardAgeDays = 120;

    public string Verb => Name;

    public CardActionResult Handle(ChatContext context, JsonElement data)
    {
        var taskId = Text(data, "taskId");
        var today = LondonTime.Today(time);
        if (taskId is null || !DateOnly.TryParseExact(Text(data, "date") ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || date > today || date < today.AddDays(-MaxCardAgeDays))
            return CardActionResult.BadRequest("That checklist button is damaged or out of date. Type checklist for today's list.");
        var (practice, refusal) = access.PracticeFor(context);
        if (practice is null) return CardActionResult.Forbidden(refusal!);
        var task = catalog.Find(taskId);
        if (task is null) return CardActionResult.BadRequest(TickReplies.UnknownTask(taskId, catalog));
        if (!task.AppliesTo(practice.IsDispensing)) return CardActionResult.BadRequest(TickReplies.NotForThisPractice(task));

        // The button says what it does, so two people clicking the same stale card both mean "tick", not tick-then-untick.
        var wasTicked = ticks.Find(practice.Id, task.Id) is not null;
        var tick = Text(data, "act") switch
        {
            "tick" => true,
            "untick" => false,
            _ => !wasTicked,
        };
        if (tick) ticks.Tick(practice.Id, task.Id, context.User.Id, context.User.Name);
        else ticks.Untick(practice.Id, task.Id, context.User.Id, context.User.Name);

        var card = planner.BuildChannelCard(practice, date, Superseded(date, today, practice.MorningPostTime));
        // A second click on a stale card changes nothing, so only the clicked card needs redrawing.
        return CardActionResult.Ok(card) with { UpdateForEveryone = true, ChecklistChangedFor = tick != wasTicked ? practice.Id : null };
    }

    // Yesterday's card is only superseded once this morning's has been posted.
    private bool Superseded(DateOnly date, DateOnly today, TimeOnly postTime) =>
        date < today.AddDays(-1) || (date < today && TimeOnly.FromDateTime(LondonTime.Now(time).DateTime) >= postTime);

    private static string? Text(JsonElement data, string key) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()?.Trim() is { Length: > 0 and <= 64 } s ? s : null
            : null;
}

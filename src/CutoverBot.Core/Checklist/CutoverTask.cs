namespace CutoverBot.Core.Checklist;

/// <summary>One thing the guide says must happen, due on a day or over a window counted from FDP or go-live.</summary>
public sealed record CutoverTask(
    string Id,
    string Title,
    string Guidance,
    IReadOnlyList<TaskAudience> Audience,
    DayOffset From,
    DayOffset To,
    bool DispensingOnly)
{
    public DateOnly StartsOn(CutoverDates dates) => From.Resolve(dates);

    public DateOnly EndsOn(CutoverDates dates) => To.Resolve(dates);

    public bool AppliesTo(bool isDispensing) => isDispensing || !DispensingOnly;
}

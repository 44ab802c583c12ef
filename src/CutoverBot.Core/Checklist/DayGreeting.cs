namespace CutoverBot.Core.Checklist;

/// <summary>
/// How the manager's card greets at a time of the London day. A card caught up late (setup in the afternoon, the bot
/// back after an outage) says what fits the time it arrives: never "Good morning" at 13:50.
/// </summary>
public static class DayGreeting
{
    public static string At(TimeOnly londonTime) => londonTime.Hour switch
    {
        < 12 => "Good morning",
        < 18 => "Good afternoon",
        _ => "Good evening",
    };
}

using CutoverBot.Core.Entries;
namespace CutoverBot.Core.Practices;

/// <summary>The next date that matters (FDP, go-live or the end of legacy access) and how far away it is.</summary>
public sealed record Milestone(string Name, DateOnly Date, int DaysAway)
{
    /// <summary>"Go-live in 4 days (Mon 14 Dec)", "FDP is tomorrow (...)".</summary>
    public string Text => DaysAway switch
    {
        0 => $"{Name} is today",
        1 => $"{Name} is tomorrow ({UkFormat.ShortDate(Date)})",
        _ => $"{Name} in {DaysAway} days ({UkFormat.ShortDate(Date)})",
    };
}

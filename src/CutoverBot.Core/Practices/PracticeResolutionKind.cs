namespace CutoverBot.Core.Practices;

public enum PracticeResolutionKind
{
    /// <summary>One practice: entries go there.</summary>
    Resolved,
    /// <summary>Personal chat, staff of several practices and none chosen yet: ask.</summary>
    NeedsChoice,
    /// <summary>Personal chat, staff of no practice the bot knows: hold entries for the user.</summary>
    Unknown,
    /// <summary>Channel of a team that is not an active practice, or a guest: nothing may be logged here.</summary>
    Refused,
}

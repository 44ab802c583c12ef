namespace CutoverBot.Core.Parsing;

/// <summary>Why a date typed as the date of birth was not kept; the author is told, and the date of birth stays missing.</summary>
public enum DateOfBirthIssue
{
    None,
    /// <summary>No such day (31/02/2020), or a year before 1900.</summary>
    NotADate,
    /// <summary>Later than today.</summary>
    InFuture,
    /// <summary>Later than the day the entry says it happened.</summary>
    AfterEvent,
}

namespace CutoverBot.Core.Checklist;

/// <summary>
/// One task line of a checklist card. <see cref="Date"/> (yyyy-MM-dd) is the card's day and <see cref="Act"/> is what
/// its button does (tick or untick), so a stale click can never flip a tick someone else just made.
/// </summary>
public sealed record ChecklistTaskRow(
    string TaskId,
    string Date,
    string Title,
    string Guidance,
    string Audience,
    string Due,
    bool Done,
    string Mark,
    string Status,
    string ButtonTitle,
    string Act);

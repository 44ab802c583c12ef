
namespace CutoverBot.Core.Checklist;

/// <summary>
/// One task line of a checklist card. <see cref="Date"/> (yyyy-MM-dd) is the card's day and <see cref="Act"/> is what
/// its button does (tick or untick), so a stale click can never flip a tick someone else just made. <see cref="Page"/>
/// is the page of the earlier tasks the row is on (empty elsewhere), so the card redrawn after a click stays there.
/// <see cref="Count"/> ends the details line with how many of the task's entries are still to re-enter (or is empty).
/// The card shows <see cref="Status"/> only once the task is done: the empty box says "not done" already.
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
    string Act,
    string Page = "",
    string Count = "")
{
    /// <summary>
    /// The row's small print, the one place its line is put together: its guidance on the days it is shown, then due,
    /// audience, command and count. Overdue and earlier rows never show guidance.
    /// </summary>
    public string Details { get; init; } = "";
}

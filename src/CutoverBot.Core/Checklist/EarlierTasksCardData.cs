namespace CutoverBot.Core.Checklist;

/// <summary>
/// The "Earlier tasks still open" section of the checklist card: tasks whose dates had passed when the practice set
/// the bot up. Folded behind a Show button when there are many (<see cref="Collapsible"/>), a page at a time.
/// </summary>
public sealed record EarlierTasksCardData(
    string Heading,
    string Intro,
    bool Collapsible,
    bool Open,
    string ShowTitle,
    IReadOnlyList<ChecklistTaskRow> Rows,
    bool HasPages,
    string PageText,
    bool HasPrevious,
    string PreviousPage,
    bool HasNext,
    string NextPage)
{
    public static EarlierTasksCardData None { get; } = new("", "", false, false, "", [], false, "", false, "", false, "");
}

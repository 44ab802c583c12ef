using CutoverBot.Core.Parsing;

namespace CutoverBot.Core.Entries;

/// <summary>
/// Which of the correction form's boxes came back without a value while the entry has nothing in them either. Teams
/// leaves a box out of what it sends when it holds nothing, and also when it has not taken in what was typed (a card
/// it has just redrawn); the bot cannot tell the two apart, so it names these boxes instead of answering "No changes".
/// </summary>
public static class FormBoxes
{
    public static IReadOnlyList<string> CameBackEmpty(Entry entry, EntryEdit edit)
    {
        var empty = new List<string>();
        var p = entry.Patient;
        if (edit.PatientName is null && string.IsNullOrWhiteSpace(p.Name)) empty.Add("patient name");
        if (edit.DateOfBirth is null && p.DateOfBirth is null) empty.Add("date of birth");
        if (edit.NhsNumber is null && string.IsNullOrEmpty(p.NhsNumber)) empty.Add("NHS number");
        if (edit.OccurredOn is null && entry.OccurredOn is null) empty.Add("date it happened");
        if (edit.Ubrn is null && entry.Ubrn is null && (entry.Category == EntryCategory.Referral)) empty.Add("UBRN");
        return empty;
    }

    /// <summary>What the card says when nothing was saved and some boxes came back empty.</summary>
    public static string NotReceivedText(IReadOnlyList<string> boxes)
    {
        var names = boxes.Count == 1 ? boxes[0] : string.Join(", ", boxes.Take(boxes.Count - 1)) + " and " + boxes[^1];
        var noun = boxes.Count == 1 ? "box" : "boxes";
        return $"Nothing was saved: the {names} {noun} reached me empty. If you typed in one, Teams didn't send what you typed: " +
               "click into the box, type it again and press Save details.";
    }
}

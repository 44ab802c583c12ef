using CutoverBot.Core.Parsing;

namespace CutoverBot.Core.Entries;

/// <summary>
/// What the author is told about a quick entry beyond its card: a guessed kind, a date of birth that was refused, an NHS
/// number already logged under another name. Only the last names a patient, so only it is sent privately.
/// </summary>
internal static class EntryNotices
{
    public const int MaxClashesListed = 3;

    public static string KindGuessed(Entry entry, bool privately) =>
        $"Your message didn't start with a kind of entry I know, so I saved it as \"{EntryCategoryInfo.For(entry.Category).Label}\": that's my best guess, and " +
        $"everything you typed is kept. If it's another kind, choose it under Kind of entry {Where(privately)}{OrEdit(entry)}.";

    public static string? DateOfBirth(DateOfBirthIssue issue, Entry entry, bool privately)
    {
        var why = issue switch
        {
            DateOfBirthIssue.NotADate => "couldn't be a real date of birth (there is no such day, or the year is before 1900)",
            DateOfBirthIssue.InFuture => "is in the future",
            DateOfBirthIssue.AfterEvent => "is after the day this happened",
            _ => null,
        };
        if (why is null) return null;
        var check = issue == DateOfBirthIssue.AfterEvent ? " Please check both dates." : "";
        return $"The date of birth in your message {why}, so I haven't saved it: the date of birth is still needed.{check} " +
            $"Add it {Where(privately)}{OrEdit(entry)}.";
    }

    /// <summary>Names the other entries' patients: for the author's personal chat only.</summary>
    public static string NhsNumberClash(Entry entry, IReadOnlyList<Entry> others)
    {
        var listed = string.Join(", ", others.Take(MaxClashesListed).Select(o => $"{Reference(o)} ({o.Patient.Name})"));
        var more = others.Count > MaxClashesListed ? $" and {others.Count - MaxClashesListed} more" : "";
        return $"Please check: NHS number {NhsNumber.Format(entry.Patient.NhsNumber!)} is already logged at this practice under a " +
            $"different name: {listed}{more}. One of them may be mistyped; correct it in the entry's form{OrEdit(entry)}.";
    }

    private static string Where(bool privately) => privately ? "in the form above" : "in the form I've sent you in our personal chat";

    private static string OrEdit(Entry entry) => entry.Reference.Length > 0 ? $" (or type edit {entry.Reference})" : "";

    private static string Reference(Entry entry) => entry.Reference.Length > 0 ? entry.Reference : "an entry with no reference yet";
}

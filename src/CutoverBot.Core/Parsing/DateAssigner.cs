namespace CutoverBot.Core.Parsing;

/// <summary>
/// Decides which typed date is the date of birth and which is when the activity happened. Rules, in order:
/// 1. A date marked "dob", "d.o.b", "born" or "date of birth" is the date of birth.
/// 2. When it happened is the first, by position, of a relative word ("yesterday", "on Monday") or a date marked
///    "on", "received", "seen" or "taken" (a marked date may omit its year: "on 24/11", "on the 24th"); failing
///    those, a date marked "dated" (a letter's own date is weaker evidence than "received today").
/// 3. An unmarked date with a year right after the patient name or the NHS number is the date of birth.
/// 4. Any other unmarked date with a year: within the last <see cref="RecentDays"/> days it is when it happened,
///    older it is the date of birth; when that slot is already filled the date is left alone.
/// Neither is ever in the future: a future date is not taken at all, and nothing is guessed. A date of birth after when
/// it happened is not kept either; each refusal is reported as a <see cref="DateOfBirthIssue"/> so the author is told.
/// </summary>
internal static class DateAssigner
{
    /// <summary>Cutover lasts days to two weeks; a quarter is ample for late paperwork and rules out most birthdays.</summary>
    public const int RecentDays = 92;

    public static (DateOnly? DateOfBirth, DateOnly? OccurredOn, DateOfBirthIssue Issue) Assign(
        string text, IReadOnlyList<DateCandidate> dates, IReadOnlyList<RelativeDate> relative, IReadOnlyList<int> dobAnchors, DateOnly today)
    {
        var usable = dates.Where(d => d.Date is { } v && v <= today).ToList();

        DateOnly? dob = usable.FirstOrDefault(d => d.Marker == DateMarker.DateOfBirth && d.HasYear)?.Date;

        var stated = relative.Select(r => (r.Span.Start, r.Date))
            .Concat(usable.Where(d => d.Marker == DateMarker.Occurrence).Select(d => (d.Span.Start, d.Date!.Value)))
            .OrderBy(x => x.Start)
            .ToList();
        DateOnly? occurred = stated.Count > 0 ? stated[0].Item2
            : usable.FirstOrDefault(d => d.Marker == DateMarker.Dated)?.Date;

        foreach (var d in usable.Where(d => d.Marker == DateMarker.None && d.HasYear))
        {
            var value = d.Date!.Value;
            var recent = value >= today.AddDays(-RecentDays);
            if (dob is null && dobAnchors.Any(a => OnlySeparatorsBetween(text, a, d.Span.Start))) dob = value;
            else if (recent && occurred is null) occurred = value;
            else if (!recent && dob is null) dob = value;
        }
        if (dob is { } born && occurred is { } on && born > on) return (null, occurred, DateOfBirthIssue.AfterEvent);
        if (dob is not null) return (dob, occurred, DateOfBirthIssue.None);
        // Where a date of birth was typed but cannot be one: said, never silently dropped.
        var refused = dates.FirstOrDefault(d => d.HasYear && (d.Date is null || d.Date > today)
            && (d.Marker == DateMarker.DateOfBirth || (d.Marker == DateMarker.None && dobAnchors.Any(a => OnlySeparatorsBetween(text, a, d.Span.Start)))));
        var issue = refused is null ? DateOfBirthIssue.None : refused.Date is null ? DateOfBirthIssue.NotADate : DateOfBirthIssue.InFuture;
        return (null, occurred, issue);
    }

    internal static bool OnlySeparatorsBetween(string text, int from, int to)
    {
        if (from > to) return false;
        for (var i = from; i < to; i++)
            if (!IsSeparator(text[i])) return false;
        return true;
    }

    internal static bool IsSeparator(char c) => c is ' ' or ',' or ':' or ';' or '(' or ')' or '-' or '[' or ']';
}

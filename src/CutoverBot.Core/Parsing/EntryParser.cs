using System.Text.RegularExpressions;

namespace CutoverBot.Core.Parsing;

/// <summary>Turns a quick entry typed by staff ("log call Margaret Evans 14/02/1948 ...") into an entry's fields.</summary>
public static partial class EntryParser
{
    /// <summary>
    /// Reads a message. A message that starts with a kind ("log call", "rang", "111 msg") is always an entry. One that
    /// does not is an entry only when it carries patient details (an NHS number, a name beside a date of birth, a date
    /// marked "dob"): it is then kept whole, its kind guessed (<see cref="ParsedEntry.KindGuessed"/>). Otherwise null.
    /// <paramref name="today"/> is the London date now, used for "yesterday" and for two-digit years of birth.
    /// </summary>
    public static ParsedEntry? Parse(string text, DateOnly today) => ParseNormalised(TextNormaliser.Normalise(text), today);

    /// <summary>
    /// As <see cref="Parse"/>, for text already through <see cref="TextNormaliser.Normalise"/> (the router cleans a
    /// message once; normalising again would decode its entities a second time).
    /// </summary>
    public static ParsedEntry? ParseNormalised(string normalised, DateOnly today)
    {
        if (normalised.Length == 0) return null;
        var trigger = EntryTriggers.Match(normalised);
        var rest = trigger is { } t ? normalised[t.End..].TrimStart(' ', ':', '-', ',', '.', ';') : normalised;
        var category = trigger?.Category ?? KindGuesser.Guess(normalised);

        var numbers = NumberReader.Read(rest);
        var masked = numbers.Masked;
        var dates = DateReader.Find(masked, today);
        var relative = RelativeDateReader.Find(masked, today);
        var channel = category == EntryCategory.Prescription ? PrescriptionChannelReader.Read(masked) : null;

        var nhsStarts = numbers.NhsSpans.Select(s => s.Start).ToHashSet();
        var dobLikeStarts = dates.Where(d => d.HasYear && d.Marker is DateMarker.None or DateMarker.DateOfBirth).Select(d => d.Span.Start).ToHashSet();
        var anchored = false;
        bool IsAnchorAt(int end)
        {
            var pos = end;
            while (pos < masked.Length && DateAssigner.IsSeparator(masked[pos])) pos++;
            return nhsStarts.Contains(pos) || dobLikeStarts.Contains(pos) || AnchorWordRegex().IsMatch(masked.AsSpan(pos));
        }

        var covered = Cover(masked.Length, dates.Select(d => d.Span).Concat(relative.Select(r => r.Span)).Concat(numbers.NhsSpans));
        // Notes and stock are often about no one: there a name must be marked ("for", a title) or followed by a date of birth.
        var strict = trigger is null || category is EntryCategory.Other or EntryCategory.DispensaryStock;
        var name = NameReader.Read(masked, covered, IsAnchorAt, strict);
        if (name is not null) anchored = IsAnchorAt(name.End);
        var dobAnchors = numbers.NhsSpans.Select(s => s.End).ToList();
        if (name is not null) dobAnchors.Add(name.End);
        var (dob, occurred, issue) = DateAssigner.Assign(masked, dates, relative, dobAnchors, today);

        if (trigger is null && !CarriesPatientDetails(numbers, name is not null && anchored, dob, issue, dates)) return null;
        return new ParsedEntry
        {
            Category = category,
            KindGuessed = trigger is null,
            PatientName = name?.Name,
            DateOfBirth = dob,
            DateOfBirthIssue = issue,
            NhsNumber = numbers.NhsNumber,
            NhsNumberFailedCheck = numbers.NhsNumberFailedCheck,
            Ubrn = numbers.Ubrn,
            OccurredOn = occurred ?? today,
            OccurredOnStated = occurred is not null,
            PrescriptionChannel = channel?.Channel,
            Text = rest,
        };
    }

    // What makes a message worth keeping when it names no kind: what only a patient record would hold.
    private static bool CarriesPatientDetails(NumberScan numbers, bool anchoredName, DateOnly? dob, DateOfBirthIssue issue, IReadOnlyList<DateCandidate> dates) =>
        numbers.NhsNumber is not null || anchoredName || (dob is not null && dates.Any(d => d.Marker == DateMarker.DateOfBirth))
        || issue != DateOfBirthIssue.None;

    private static bool[] Cover(int length, IEnumerable<TextSpan> spans)
    {
        var covered = new bool[length];
        foreach (var s in spans)
            for (var i = Math.Max(0, s.Start); i < Math.Min(length, s.End); i++) covered[i] = true;
        return covered;
    }

    [GeneratedRegex(@"^(?:dob|d\.\s?o\.\s?b|date\s+of\s+birth|born|nhs|b\.)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnchorWordRegex();
}

using System.Text.RegularExpressions;
using CutoverBot.Core.Entries;

namespace CutoverBot.Core.Parsing;

/// <summary>Turns a quick entry typed by staff ("log call Margaret Evans 14/02/1948 ...") into an entry's fields.</summary>
public static partial class EntryParser
{
    /// <summary>
    /// Reads a message. Returns null when it does not start with a quick-entry trigger.
    /// <paramref name="today"/> is the London date now, used for "yesterday" and for two-digit years of birth.
    /// </summary>
    public static ParsedEntry? Parse(string text, DateOnly today)
    {
        var normalised = TextNormaliser.Normalise(text);
        if (EntryTriggers.Match(normalised) is not { } trigger) return null;
        var rest = normalised[trigger.End..].TrimStart(' ', ':', '-', ',', '.', ';');

        var numbers = NumberReader.Read(rest);
        var masked = numbers.Masked;
        var dates = DateReader.Find(masked, today);
        var relative = RelativeDateReader.Find(masked, today);
        var channel = trigger.Category == EntryCategory.Prescription ? PrescriptionChannelReader.Read(masked) : null;

        var blocked = dates.Select(d => d.Span).Concat(relative.Select(r => r.Span)).ToList();
        // What may come between the trigger and the name: "log call yesterday 943 476 5919 14/2/48 Margaret Evans ...".
        var skippable = blocked.Concat(numbers.NhsSpans).Concat(channel is { } c ? [c.Span] : []).ToList();

        bool IsAnchorAt(int end)
        {
            var pos = end;
            while (pos < masked.Length && DateAssigner.IsSeparator(masked[pos])) pos++;
            return numbers.NhsSpans.Any(s => s.Start == pos)
                || dates.Any(d => d.Span.Start == pos && d.HasYear && d.Marker is DateMarker.None or DateMarker.DateOfBirth)
                || AnchorWordRegex().IsMatch(masked.AsSpan(pos));
        }

        var name = NameReader.Read(masked, blocked, skippable, IsAnchorAt);
        var dobAnchors = numbers.NhsSpans.Select(s => s.End).ToList();
        if (name is not null) dobAnchors.Add(name.End);
        var (dob, occurred) = DateAssigner.Assign(masked, dates, relative, dobAnchors, today);

        return new ParsedEntry
        {
            Category = trigger.Category,
            PatientName = name?.Name,
            DateOfBirth = dob,
            NhsNumber = numbers.NhsNumber,
            NhsNumberFailedCheck = numbers.NhsNumberFailedCheck,
            Ubrn = numbers.Ubrn,
            OccurredOn = occurred ?? today,
            OccurredOnStated = occurred is not null,
            PrescriptionChannel = channel?.Channel,
            Text = rest,
        };
    }

    [GeneratedRegex(@"^(?:dob|d\.\s?o\.\s?b|date\s+of\s+birth|born|nhs|b\.)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnchorWordRegex();
}

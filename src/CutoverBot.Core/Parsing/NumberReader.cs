using System.Text.RegularExpressions;

namespace CutoverBot.Core.Parsing;

/// <summary>
/// Finds NHS numbers, UBRNs and phone numbers among digit groups typed with spaces or dashes.
/// Groups that follow each other with only a space or a dash between them form a run; within a run the
/// shortest set of groups that makes a known shape wins:
/// 11 digits starting 0 is a UK phone number (07700 900123, 0161 496 0000) and is skipped;
/// 12 digits as 12, 4-4-4, 3-3-3-3 or 6-6 is a UBRN; 10 digits as 10 or 3-3-4 is an NHS number.
/// Other groupings (4-3-3 across a year and a number, say) are not read as anything.
/// </summary>
internal static partial class NumberReader
{
    private static readonly int[][] NhsShapes = [[10], [3, 3, 4]];
    private static readonly int[][] UbrnShapes = [[12], [4, 4, 4], [3, 3, 3, 3], [6, 6]];

    public static NumberScan Read(string text)
    {
        var masked = text.ToCharArray();
        string? nhs = null, ubrn = null;
        var failed = false;
        var nhsSpans = new List<TextSpan>();
        foreach (var run in Runs(text))
        {
            // "+44 7700 900123": an international phone number, whatever its groups add up to.
            if (run[0].Index > 0 && text[run[0].Index - 1] == '+') { Mask(masked, run[0], run[^1]); continue; }
            var i = 0;
            while (i < run.Count)
            {
                var taken = 0;
                var digits = "";
                var shape = new List<int>(4);
                for (var k = 1; k <= 4 && i + k <= run.Count; k++)
                {
                    digits += run[i + k - 1].Value;
                    shape.Add(run[i + k - 1].Length);
                    if (digits.Length == 11 && digits[0] == '0') { taken = k; break; }
                    if (digits.Length == 12 && HasShape(UbrnShapes, shape)) { ubrn ??= digits; taken = k; break; }
                    if (digits.Length == 10 && HasShape(NhsShapes, shape))
                    {
                        nhsSpans.Add(new TextSpan(run[i].Index, run[i + k - 1].Index + run[i + k - 1].Length));
                        if (NhsNumber.IsValid(digits)) nhs ??= digits;
                        else failed = true;
                        taken = k;
                        break;
                    }
                    if (digits.Length > 12) break;
                }
                if (taken == 0) { i++; continue; }
                Mask(masked, run[i], run[i + taken - 1]);
                i += taken;
            }
        }
        // A failed number beside a valid one is most likely something else (a lab or practice number).
        return new NumberScan(nhs, failed && nhs is null, nhsSpans, ubrn, new string(masked));
    }

    private static bool HasShape(int[][] shapes, List<int> shape) => shapes.Any(s => s.AsSpan().SequenceEqual(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(shape)));

    private static void Mask(char[] masked, Match first, Match last)
    {
        for (var j = first.Index; j < last.Index + last.Length; j++) masked[j] = '#';
    }

    private static IEnumerable<List<Match>> Runs(string text)
    {
        List<Match>? run = null;
        foreach (Match m in DigitsRegex().Matches(text))
        {
            if (run is not null && IsGroupGap(text.AsSpan(run[^1].Index + run[^1].Length, m.Index - run[^1].Index - run[^1].Length)))
            {
                run.Add(m);
                continue;
            }
            if (run is not null) yield return run;
            run = [m];
        }
        if (run is not null) yield return run;
    }

    private static bool IsGroupGap(ReadOnlySpan<char> gap) =>
        gap is " " or "-" or " - " or " -" or "- ";

    // ASCII digits only, as the NHS number check and the stored UBRN expect.
    [GeneratedRegex(@"[0-9]+")]
    private static partial Regex DigitsRegex();
}

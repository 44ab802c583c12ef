using CutoverBot.Core.Entries;

namespace CutoverBot.Core.GoLive;

/// <summary>
/// The items of each long list on the go-live card, and how they are written: references (with the route for
/// prescriptions) grouped into lines, or one line per person. Never a patient detail.
/// </summary>
public static class GoLiveSections
{
    /// <summary>The name a section has in card data ("registrations", "missing"...).</summary>
    public static string Key(GoLiveSection section) => section switch
    {
        GoLiveSection.Registrations => "registrations",
        GoLiveSection.Prescriptions => "prescriptions",
        GoLiveSection.Referrals => "referrals",
        GoLiveSection.MissingDetails => "missing",
        _ => "people",
    };

    public static GoLiveSection? FromKey(string? key) =>
        Enum.GetValues<GoLiveSection>().Cast<GoLiveSection?>().FirstOrDefault(s => string.Equals(Key(s!.Value), key, StringComparison.Ordinal));

    /// <summary>The section's heading, with <paramref name="n"/>, the number of its <see cref="Items"/>.</summary>
    public static string Title(GoLiveSection section, int n) => section switch
    {
        GoLiveSection.Registrations => $"Registrations to register as full GMS ({n})",
        GoLiveSection.Prescriptions => $"Prescription requests to cancel and re-issue, by request date, oldest first ({n})",
        GoLiveSection.Referrals => $"Referrals with a UBRN to scan and code ({n})",
        GoLiveSection.MissingDetails => $"Entries still missing details ({n}): complete them with edit ‹reference›",
        _ => $"Progress by person ({n})",
    };

    /// <summary>Each item with the group it belongs to: items of one group share a line ("Tue 24 Nov: RX-0001 (phone), ...").</summary>
    public static IReadOnlyList<(string Group, string Text)> Items(GoLiveSummary summary, GoLiveSection section) => section switch
    {
        GoLiveSection.Registrations => summary.RegistrationQueue.Select(r => ("", r)).ToList(),
        GoLiveSection.Prescriptions => summary.PrescriptionBatches
            .SelectMany(b => b.Requests.Select(r => (BatchName(b.RequestDate, summary.Today), r.Route.Length > 0 ? $"{r.Reference} ({r.Route})" : r.Reference)))
            .ToList(),
        GoLiveSection.Referrals => summary.ReferralsToScan.Select(r => ("", r)).ToList(),
        GoLiveSection.MissingDetails => summary.MissingDetails.Select(r => ("", r)).ToList(),
        _ => summary.People.Select(p => (p.AuthorId, $"{p.Name}: {p.Counts.Text}")).ToList(),
    };

    /// <summary>Writes a run of items as lines: one line per group, items separated by commas.</summary>
    public static IReadOnlyList<GoLiveLine> Lines(IEnumerable<(string Group, string Text)> items, GoLiveSection section)
    {
        var lines = new List<GoLiveLine>();
        foreach (var group in Runs(items))
        {
            var joined = string.Join(", ", group.Texts);
            lines.Add(new GoLiveLine(section == GoLiveSection.Prescriptions ? $"{group.Group}: {joined}" : joined));
        }
        return lines;
    }

    private static string BatchName(DateOnly? date, DateOnly today) => date is null ? "Date not given" : UkFormat.DayDate(date, today);

    // Consecutive items of the same group, in order.
    private static List<(string Group, List<string> Texts)> Runs(IEnumerable<(string Group, string Text)> items)
    {
        var runs = new List<(string Group, List<string> Texts)>();
        foreach (var (group, text) in items)
        {
            if (runs.Count > 0 && runs[^1].Group == group) runs[^1].Texts.Add(text);
            else runs.Add((group, [text]));
        }
        return runs;
    }
}

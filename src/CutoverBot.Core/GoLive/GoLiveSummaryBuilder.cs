using CutoverBot.Core.Entries;
using CutoverBot.Core.Parsing;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.GoLive;

/// <summary>
/// Builds the <see cref="GoLiveSummary"/> of a practice from outlines of its live entries: no patient details are
/// opened unless something (the workbook, the CSV) asks for <see cref="GoLiveSummary.Entries"/>.
/// </summary>
public sealed class GoLiveSummaryBuilder(IEntryStore entries)
{
    public GoLiveSummary Build(Practice practice, DateOnly today) =>
        Build(practice, today, entries.OutlinesForPractice(practice.Id), () => entries.ForPractice(practice.Id));

    public static GoLiveSummary Build(Practice practice, DateOnly today, IReadOnlyList<Entry> live) =>
        Build(practice, today, live.Select(EntryOutline.Of).ToList(), () => live);

    public static GoLiveSummary Build(Practice practice, DateOnly today, IReadOnlyList<EntryOutline> live, Func<IReadOnlyList<Entry>> withDetails)
    {
        var pending = live.Where(e => e.Status == EntryStatus.Pending).ToList();
        return new GoLiveSummary
        {
            Practice = practice,
            Today = today,
            Outlines = live,
            EntriesSource = withDetails,
            Counts = Count(live),
            Categories = live.GroupBy(e => e.Category).OrderBy(g => g.Key)
                .Select(g => new CategoryProgress(g.Key, Count(g))).ToList(),
            People = live.GroupBy(e => e.AuthorId)
                .Select(g => new PersonProgress(g.Key, g.Last().AuthorName, Count(g)))
                .OrderByDescending(p => p.IsOutstanding)
                .ThenBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
                .ThenBy(p => p.AuthorId, StringComparer.Ordinal)
                .ToList(),
            RegistrationQueue = pending.Where(e => e.Category == EntryCategory.Registration).Select(e => e.Reference).ToList(),
            PrescriptionBatches = pending.Where(e => e.Category == EntryCategory.Prescription)
                .GroupBy(e => e.OccurredOn)
                .OrderBy(g => g.Key is null).ThenBy(g => g.Key)
                .Select(g => new PrescriptionBatch(g.Key, g.Select(e => new PrescriptionRef(e.Reference, EntryFields.ChannelValue(e.PrescriptionChannel) ?? "")).ToList()))
                .ToList(),
            ReferralsToScan = pending.Where(e => e.Category == EntryCategory.Referral && e.HasUbrn)
                .Select(e => e.Reference).ToList(),
            MissingDetails = pending.Where(e => e.Missing != RequiredFields.None).Select(e => e.Reference).ToList(),
        };
    }

    private static ProgressCounts Count(IEnumerable<EntryOutline> group)
    {
        int pending = 0, reentered = 0, notNeeded = 0;
        foreach (var e in group)
        {
            switch (e.Status)
            {
                case EntryStatus.Reentered: reentered++; break;
                case EntryStatus.NotNeeded: notNeeded++; break;
                default: pending++; break;
            }
        }
        return new ProgressCounts(pending, reentered, notNeeded);
    }
}

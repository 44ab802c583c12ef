using CutoverBot.Core.Entries;
using CutoverBot.Core.Parsing;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.GoLive;

/// <summary>
/// The one model of a practice's re-entry work: the go-live card, the workbook and the CSV are all built from it, so
/// their counts agree. <see cref="Entries"/> carries patient details: only the workbook, the CSV and user-specific
/// views may read them; channel cards read the counts and references.
/// </summary>
public sealed record GoLiveSummary
{
    public required Practice Practice { get; init; }
    /// <summary>The London date the summary was made for.</summary>
    public required DateOnly Today { get; init; }
    private Lazy<IReadOnlyList<Entry>> _entries = new(() => []);

    /// <summary>
    /// Every live entry of the practice with its patient details, oldest first: read (and decrypted) only when first
    /// asked for, by the workbook and the CSV. Cards use <see cref="Outlines"/>.
    /// </summary>
    public IReadOnlyList<Entry> Entries
    {
        get => _entries.Value;
        init => _entries = new(value);
    }

    /// <summary>Reads <see cref="Entries"/> on first use.</summary>
    public Func<IReadOnlyList<Entry>> EntriesSource
    {
        init => _entries = new(value);
    }

    /// <summary>Every live entry of the practice without patient details, oldest first.</summary>
    public required IReadOnlyList<EntryOutline> Outlines { get; init; }
    public required ProgressCounts Counts { get; init; }
    /// <summary>Kinds that have entries, in the product's order of kinds.</summary>
    public required IReadOnlyList<CategoryProgress> Categories { get; init; }
    /// <summary>Everyone who logged something: those with entries outstanding first, then by name.</summary>
    public required IReadOnlyList<PersonProgress> People { get; init; }
    /// <summary>Held registrations still to register as full GMS, oldest first.</summary>
    public required IReadOnlyList<string> RegistrationQueue { get; init; }
    /// <summary>Outstanding prescription requests by request date, oldest first (undated last).</summary>
    public required IReadOnlyList<PrescriptionBatch> PrescriptionBatches { get; init; }
    /// <summary>Outstanding referrals with a UBRN, to scan and code.</summary>
    public required IReadOnlyList<string> ReferralsToScan { get; init; }
    /// <summary>Outstanding entries still missing something their kind needs.</summary>
    public required IReadOnlyList<string> MissingDetails { get; init; }

    /// <summary>True until go-live day (or while no go-live date is set): the card then previews the work.</summary>
    public bool IsBeforeGoLive => Practice.GoLiveDate is not { } goLive || Today < goLive;

    public IEnumerable<PersonProgress> Outstanding => People.Where(p => p.IsOutstanding);

    public ProgressCounts CountsFor(EntryCategory category) =>
        Categories.FirstOrDefault(c => c.Category == category)?.Counts ?? default;
}

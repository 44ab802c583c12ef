using CutoverBot.Core.Entries;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.GoLive;

/// <summary>
/// The user-specific view behind "Show my entries": a person's entries still to re-enter, with patient details and
/// a button each; the practice manager sees everyone's, grouped by person. Paged.
/// </summary>
public sealed class ReentryView(IEntryStore entries)
{
    public const string Template = "reentry-view";
    public const int PageSize = 10;
    /// <summary>Free text beyond this is cut on the card (the workbook keeps it whole).</summary>
    public const int MaxDetailsLength = 240;

    /// <summary>The view for <paramref name="user"/>; everyone's when <paramref name="everyone"/> (the practice manager).</summary>
    public CardReply For(Practice practice, ChatUser user, bool everyone, int page, DateOnly today, string? status = null)
    {
        // Keys first, then only the page's entries: the manager's list at a large practice runs to hundreds of pages.
        var live = entries.KeysForPractice(practice.Id);
        var mine = live.Where(e => e.AuthorId == user.Id).ToList();
        var shown = (everyone ? live : mine).Where(e => e.Status == EntryStatus.Pending)
            .OrderBy(e => everyone ? e.AuthorName : "", StringComparer.OrdinalIgnoreCase)
            .ThenBy(e => e.AuthorId, StringComparer.Ordinal)
            .ThenBy(e => e.LoggedAt)
            .ToList();
        var pages = Math.Max(1, (shown.Count + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        var skip = (page - 1) * PageSize;
        var rows = shown.Skip(skip).Take(PageSize).Select(k => entries.Find(k.Id)).OfType<Entry>().ToList();
        var myPending = mine.Count(e => e.Status == EntryStatus.Pending);
        // Someone who logged nothing is told so: "0 of 0 done ... Thank you" read as if they had finished something.
        var myCounts = mine.Count == 0 ? "you logged none" : $"{mine.Count - myPending} of {mine.Count} of yours done";
        var allDone = live.Count(e => e.Status != EntryStatus.Pending);
        return new CardReply(Template, new ReentryViewCardData
        {
            PracticeId = practice.Id,
            Title = everyone ? $"Entries to re-enter at {practice.Name}: everyone's" : $"Your entries to re-enter at {practice.Name}",
            Subtitle = everyone ? $"{allDone} of {live.Count} done at the practice; {myCounts}."
                : mine.Count == 0 ? "You have nothing to re-enter." : $"{char.ToUpperInvariant(myCounts[0])}{myCounts[1..]}.",
            HasStatus = !string.IsNullOrEmpty(status),
            StatusText = status ?? "",
            PrivacyNote = "Only you can see this view: it shows patient details.",
            IsEmpty = rows.Count == 0,
            EmptyText = EmptyText(practice, everyone, live.Count, mine.Count),
            Rows = rows.Select((e, i) => Row(e, i == 0 || rows[i - 1].AuthorId != e.AuthorId, everyone, today)).ToList(),
            HasConfirmAll = myPending > 0,
            ConfirmAllTitle = myPending == 1 ? "Confirm my 1 entry re-entered" : $"Confirm all {myPending} of mine re-entered",
            Page = page,
            PageText = rows.Count == 0 ? "" : $"{skip + 1}-{skip + rows.Count} of {shown.Count} still to re-enter",
            HasPrevious = page > 1,
            PreviousPage = page - 1,
            HasNext = page < pages,
            NextPage = page + 1,
        });
    }

    private static string EmptyText(Practice practice, bool everyone, int practiceCount, int mineCount) => (everyone, practiceCount, mineCount) switch
    {
        (true, 0, _) => $"Nobody has logged an entry at {practice.Name}, so there is nothing to re-enter.",
        (true, _, _) => "Every entry has been re-entered or marked not needed.",
        (false, _, 0) => $"You didn't log any entries at {practice.Name} during the cutover, so there is nothing for you to re-enter.",
        _ => "All your entries are re-entered or marked not needed. Thank you.",
    };

    private static ReentryViewRow Row(Entry e, bool firstOfPerson, bool everyone, DateOnly today)
    {
        var details = CutoverBot.Core.Entries.EntryCsvWriter.Details(e);
        var missing = EntryCards.Missing(e);
        return new ReentryViewRow
        {
            EntryId = e.Id.ToString(),
            Reference = e.Reference,
            Kind = EntryCategoryInfo.For(e.Category).Label,
            When = e.OccurredOn is { } d ? UkFormat.DayDate(d, today) : "date not given",
            Patient = e.PatientPurgedAt is null ? PatientLine(e.Patient) : PurgedDetails.Note,
            HasDetails = details.Length > 0,
            Details = details.Length > MaxDetailsLength ? details[..MaxDetailsLength] + "…" : details,
            HasMissing = missing.Count > 0,
            MissingText = EntryCards.MissingText(missing),
            ShowPerson = everyone && firstOfPerson,
            PersonText = everyone ? $"Logged by {e.AuthorName}" : "",
            ReasonId = "reason-" + e.Id.ToString("N"),
        };
    }

    private static string PatientLine(PatientDetails p)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(p.Name)) parts.Add(p.Name);
        if (p.DateOfBirth is { } dob) parts.Add("born " + UkFormat.Date(dob));
        if (p.NhsNumber is { Length: > 0 } nhs) parts.Add("NHS " + UkFormat.NhsNumber(nhs));
        return parts.Count > 0 ? string.Join(" · ", parts) : "No patient details given";
    }
}

using CutoverBot.Core.Kernel;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.Progress;

/// <summary>
/// The personal tab "My entries": a member of staff's own entries of one practice (the practice manager may list
/// everyone's), filtered by kind, status and part of a reference. The list is made from outlines, so it opens no patient
/// details; opening one entry does, and is recorded in the audit trail as a card showing it would be.
/// </summary>
public sealed class PersonalEntries(IEntryStore entries, IAuditStore audit, PracticeResolver resolver, TimeProvider time)
{
    /// <summary>Rows sent at most; the count says how many more matched, and the filters narrow it.</summary>
    public const int MaxRows = 300;

    /// <summary>What the audit trail calls a showing of details in the tab.</summary>
    public const string Surface = "my entries tab";

    public const string StaffOnly = "Only the practice's staff can see its entries here. Guests of the team and people on no practice's roster can't.";

    public const string NotYours = "That entry isn't one you can open here: only the person who logged it or the practice manager can.";

    public TabAnswer<EntryList> List(Practice practice, ChatUser user, EntryListQuery query)
    {
        if (!resolver.IsStaffOf(user.Id, practice.Id)) return TabAnswer<EntryList>.Forbidden(StaffOnly);
        var isManager = practice.IsManagedBy(user.Id);
        if (query.Everyone && !isManager)
            return TabAnswer<EntryList>.Forbidden("Only the practice manager can list everyone's entries. Your own are listed instead when you untick \"Everyone's\".");
        EntryCategoryInfo? kind = null;
        if (!string.IsNullOrEmpty(query.Kind) && (kind = EntryCategoryInfo.FromSlug(query.Kind)) is null)
            return TabAnswer<EntryList>.BadRequest("That kind of entry isn't one I know.");
        EntryStatus? status = null;
        if (!string.IsNullOrEmpty(query.Status) && (status = EntryStatusNames.FromSlug(query.Status)) is null)
            return TabAnswer<EntryList>.BadRequest("That status isn't one I know: use pending, reentered or notneeded.");
        var reference = query.Reference?.Trim() ?? "";

        var today = LondonTime.Today(time);
        var mine = entries.OutlinesForPractice(practice.Id).Where(o => query.Everyone || o.AuthorId == user.Id).ToList();
        var kinds = mine.Select(o => o.Category).Distinct().Order().Select(EntryCategoryInfo.For).Select(i => new KindInfo(i.Slug, i.Label)).ToList();
        var matched = mine
            .Where(o => kind is null || o.Category == kind.Category)
            .Where(o => status is null || o.Status == status)
            .Where(o => reference.Length == 0 || o.Reference.Contains(reference, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(o => o.LoggedAt).ThenByDescending(o => o.Reference, StringComparer.Ordinal)
            .ToList();
        var rows = matched.Take(MaxRows).Select(o => new EntryListRow(
            o.Id, o.Reference, EntryCategoryInfo.For(o.Category).Slug, EntryCategoryInfo.For(o.Category).Label, EntryStatusNames.Slug(o.Status),
            UkFormat.LoggedAt(o.LoggedAt), o.OccurredOn is { } on ? UkFormat.DayDate(on, today) : null, o.AuthorName,
            o.Missing == RequiredFields.None, o.Status == EntryStatus.Pending && (o.AuthorId == user.Id || isManager))).ToList();
        return TabAnswer<EntryList>.Ok(new EntryList(practice.Id, practice.Name, isManager, query.Everyone, matched.Count, rows, kinds));
    }

    public TabAnswer<EntryDetailsView> Details(Practice practice, ChatUser user, Guid entryId)
    {
        if (!resolver.IsStaffOf(user.Id, practice.Id)) return TabAnswer<EntryDetailsView>.Forbidden(StaffOnly);
        var entry = entries.Find(entryId);
        var isManager = practice.IsManagedBy(user.Id);
        // Another practice's entry, a deleted one and one that does not exist read the same: nothing to tell apart.
        if (entry is null || entry.Deleted || entry.PracticeId != practice.Id || (entry.AuthorId != user.Id && !isManager))
            return TabAnswer<EntryDetailsView>.Forbidden(NotYours);

        audit.Add(new AuditRecord
        {
            Action = AuditAction.Viewed,
            PracticeId = practice.Id,
            EntryId = entry.Id,
            Reference = entry.Reference,
            References = [entry.Reference],
            Count = 1,
            Surface = Surface,
            UserId = user.Id,
            UserName = user.Name,
            At = time.GetUtcNow(),
        });
        var p = entry.Patient;
        return TabAnswer<EntryDetailsView>.Ok(new EntryDetailsView(
            entry.Id, practice.Id, entry.Reference, EntryCategoryInfo.For(entry.Category).Label, EntryStatusNames.Slug(entry.Status),
            p.Name, p.DateOfBirth is { } dob ? UkFormat.Date(dob) : null, p.NhsNumber is { } nhs ? UkFormat.NhsNumber(nhs) : null, entry.Ubrn,
            entry.OccurredOn is { } on ? UkFormat.Date(on) : null, p.Text, entry.AuthorName, UkFormat.LoggedAt(entry.LoggedAt),
            entry.Status == EntryStatus.Pending ? null : GoLive.ReentryRecorder.DoneText(entry), p.NotNeededReason,
            entry.Status == EntryStatus.Pending));
    }
}

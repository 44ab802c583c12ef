using System.Text.Json;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.GoLive;

/// <summary>Reads and checks what a per-entry re-entry button names: the practice, the entry, the page. Refuses forgeries.</summary>
internal sealed class ReentryEntryReader(GoLiveAccess access, IEntryStore entries)
{
    public const string StaffOnly = "Only the practice's staff can confirm re-entries.";

    public const string NotYours = "That entry isn't one you can confirm: only the person who logged it or the practice manager can.";

    public (Practice? Practice, Entry? Entry, int Page, CardActionResult? Error) Read(ChatContext context, JsonElement data)
    {
        var (practice, error) = access.Read(context, data);
        if (practice is null) return (null, null, 0, error);
        if (!access.IsStaff(context.User, practice)) return (null, null, 0, CardActionResult.Forbidden(StaffOnly));
        if (CardData.EntryId(data) is not { } id) return (null, null, 0, CardActionResult.BadRequest("This button doesn't say which entry it is for."));
        if (CardData.Page(data) is not { } page) return (null, null, 0, CardActionResult.BadRequest(CardData.BadPage));
        var entry = entries.Find(id);
        if (entry is null || entry.Deleted || entry.PracticeId != practice.Id) return (null, null, 0, CardActionResult.Forbidden(NotYours));
        if (entry.AuthorId != context.User.Id && !practice.IsManagedBy(context.User.Id)) return (null, null, 0, CardActionResult.Forbidden(NotYours));
        return (practice, entry, page, null);
    }
}

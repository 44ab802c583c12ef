using CutoverBot.Core.Entries;
using CutoverBot.Core.Kernel;

namespace CutoverBot.Core.Practices;

/// <summary>
/// Who may see and change which entry from where. One practice's entries are never reachable from another
/// practice's conversation, and held entries only by their author in personal chat.
/// </summary>
public sealed class EntryAccess(IEntryStore entries, IPracticeStore practices, PracticeResolver resolver)
{
    public const string NotYours = "That entry isn't one you can change.";

    /// <summary>True when this entry may be shown to the user in this conversation.</summary>
    public bool CanSee(ChatContext context, Entry entry) => !entry.Deleted && CouldSee(context, entry);

    /// <summary>
    /// True when the entry was removed (undone or deleted) and this user could have changed it: they may be told it was
    /// removed. Anyone else is told only that it isn't theirs, so a forged id learns nothing.
    /// </summary>
    public bool WasRemovedFor(ChatContext context, Entry entry) =>
        entry.Deleted && CouldSee(context, entry) && (entry.AuthorId == context.User.Id || IsManager(context.User.Id, entry.PracticeId));

    private bool CouldSee(ChatContext context, Entry entry)
    {
        if (entry.PracticeId.Length == 0)
            return entry.AuthorId == context.User.Id && context.Kind == ConversationKind.Personal;
        return resolver.IsStaffHere(context, entry.PracticeId);
    }

    /// <summary>True for the author and for the practice manager.</summary>
    public bool CanChange(ChatContext context, Entry entry) =>
        CanSee(context, entry) && (entry.AuthorId == context.User.Id || IsManager(context.User.Id, entry.PracticeId));

    private bool IsManager(string userId, string practiceId) =>
        practiceId.Length > 0 && practices.Find(practiceId)?.IsManagedBy(userId) == true;

    /// <summary>Finds a reference in the practices this conversation can reach (the current one first).</summary>
    public Entry? FindByReference(ChatContext context, string reference)
    {
        var resolution = resolver.Resolve(context);
        IEnumerable<Practice> scope = context.Kind == ConversationKind.Channel
            ? resolution.Practice is { } here ? [here] : []
            : resolution.Practice is { } current
                ? new[] { current }.Concat(resolver.StaffPractices(context.User.Id).Where(p => p.Id != current.Id))
                : resolver.StaffPractices(context.User.Id);
        return scope.Select(p => entries.FindByReference(p.Id, reference)).FirstOrDefault(e => e is not null);
    }
}

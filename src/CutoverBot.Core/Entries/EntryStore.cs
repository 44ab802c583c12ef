using CutoverBot.Core.Storage;
using LiteDB;

namespace CutoverBot.Core.Entries;

/// <summary>Cutover entries, saved the moment they arrive.</summary>
public sealed class EntryStore
{
    private readonly ILiteCollection<Entry> _entries;

    public EntryStore(CutoverDatabase db)
    {
        _entries = db.Collection<Entry>("entries");
        _entries.EnsureIndex(e => e.PracticeId);
        _entries.EnsureIndex(e => e.AuthorId);
        _entries.EnsureIndex(e => e.Status);
        _entries.EnsureIndex(e => e.Category);
    }

    /// <summary>Every live (not deleted) entry of a practice, oldest first.</summary>
    public IReadOnlyList<Entry> ForPractice(string practiceId) =>
        _entries.Find(e => e.PracticeId == practiceId && !e.Deleted).OrderBy(e => e.LoggedAt).ToList();
}

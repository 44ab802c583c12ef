namespace CutoverBot.Core.Entries.PostgreSql;

/// <summary>
/// What <see cref="LiteDbToPostgres"/> copied, per kind of record, and what was already there from an earlier run;
/// <paramref name="QueuedRepliesLeft"/>: replies the file still had queued for delivery, which are not copied.
/// </summary>
public sealed record StorageCopyReport(int Practices, IReadOnlyList<StorageCopyCount> Kinds, int QueuedRepliesLeft)
{
    /// <summary>The count of one kind ("entries", "roster lines", ...).</summary>
    public StorageCopyCount this[string kind] => Kinds.Single(k => k.Kind == kind);
}

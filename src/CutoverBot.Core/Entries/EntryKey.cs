namespace CutoverBot.Core.Entries;

/// <summary>Who logged a live entry, when, and its status: enough to sort and page a long list without loading every entry.</summary>
public sealed record EntryKey(Guid Id, string AuthorId, string AuthorName, DateTimeOffset LoggedAt, EntryStatus Status);

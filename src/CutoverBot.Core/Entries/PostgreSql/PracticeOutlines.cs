namespace CutoverBot.Core.Entries.PostgreSql;

/// <summary>
/// One practice's live outlines as the server held them at <see cref="Version"/> (its entry_versions row), oldest
/// first, with when each done entry was confirmed. Never changed once made: a newer version is a new instance.
/// </summary>
internal sealed record PracticeOutlines(long Version, EntryOutline[] Oldest, IReadOnlyDictionary<Guid, DateTimeOffset> DoneAt);

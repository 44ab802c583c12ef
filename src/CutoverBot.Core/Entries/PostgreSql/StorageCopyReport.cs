namespace CutoverBot.Core.Entries.PostgreSql;

/// <summary>What <see cref="LiteDbToPostgres"/> copied, and what was already there from an earlier run.</summary>
public sealed record StorageCopyReport(int Practices, int EntriesCopied, int EntriesAlreadyThere, int CountersCopied, int CountersAlreadyThere, int AuditCopied, int AuditAlreadyThere);

namespace CutoverBot.Core.Entries.PostgreSql;

/// <summary>How many records of one kind a copy wrote, and how many an earlier run had already written.</summary>
public sealed record StorageCopyCount(string Kind, int Copied, int AlreadyThere);

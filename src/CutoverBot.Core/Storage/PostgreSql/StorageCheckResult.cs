namespace CutoverBot.Core.Storage.PostgreSql;

/// <summary>The outcome of <see cref="StorageCheck"/>: the problem, a message an IT lead can act on, and the schema version when reached.</summary>
public sealed record StorageCheckResult(StorageProblem Problem, string Message, int SchemaVersion)
{
    public bool Ok => Problem == StorageProblem.None;
}

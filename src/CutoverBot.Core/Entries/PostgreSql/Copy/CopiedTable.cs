using LiteDB;

namespace CutoverBot.Core.Entries.PostgreSql.Copy;

/// <summary>
/// A LiteDB collection and the PostgreSQL table its records go to, one row per record, matched on the key columns.
/// <paramref name="Describe"/> names a record in a refusal by its key only (no record here holds a patient value, and
/// no staff name is quoted either).
/// </summary>
internal sealed record CopiedTable(
    string Kind, string Collection, string Table, string[] Key, CopiedColumn[] Columns, Func<BsonDocument, string> Describe,
    Func<BsonDocument, string?> PracticeOf);

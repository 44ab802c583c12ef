using LiteDB;

namespace CutoverBot.Core.Entries.PostgreSql.Copy;

/// <summary>One column of a copied table and how its value is read from the LiteDB document (null is sent as NULL).</summary>
internal sealed record CopiedColumn(string Name, Func<BsonDocument, object?> Value);

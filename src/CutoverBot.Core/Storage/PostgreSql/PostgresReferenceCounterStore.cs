using Npgsql;

namespace CutoverBot.Core.Storage.PostgreSql;

/// <summary>
/// The reference counters on the shared server. One statement draws a number: the upsert locks the practice's counter
/// row until its transaction ends, so instances drawing at once queue on that row, and each gets the next number.
/// Inside an entry's transaction (<see cref="PostgresDatabase.InTransaction"/>) the number is kept exactly when the
/// entry is, so a failed save leaves no gap.
/// </summary>
public sealed class PostgresReferenceCounterStore(PostgresDatabase db) : IReferenceCounterStore
{
    private const string Draw = """
        INSERT INTO cutover.reference_counters AS c (practice_id, prefix, value) VALUES (@practice, @prefix, 1)
        ON CONFLICT (practice_id, prefix) DO UPDATE SET value = c.value + 1
        RETURNING value
        """;

    /// <inheritdoc />
    public int Next(string practiceId, string prefix) => db.Use((connection, transaction) => Next(connection, transaction, practiceId, prefix));

    /// <inheritdoc />
    public string NextReference(string practiceId, string prefix) => IReferenceCounterStore.Format(prefix, Next(practiceId, prefix));

    /// <summary>Draws the next number on <paramref name="connection"/>, inside <paramref name="transaction"/> when given.</summary>
    public static int Next(NpgsqlConnection connection, NpgsqlTransaction? transaction, string practiceId, string prefix)
    {
        using var command = new NpgsqlCommand(Draw, connection, transaction);
        command.Parameters.AddWithValue("practice", practiceId);
        command.Parameters.AddWithValue("prefix", prefix);
        return (int)command.ExecuteScalar()!;
    }
}

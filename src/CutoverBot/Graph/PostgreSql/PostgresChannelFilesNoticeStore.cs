using CutoverBot.Core.Storage.PostgreSql;
using Npgsql;

namespace CutoverBot.Graph.PostgreSql;

/// <summary>The Graph notices on the shared server: an insert that does nothing on a conflict, so one instance is first.</summary>
public sealed class PostgresChannelFilesNoticeStore(PostgresDatabase db) : IChannelFilesNoticeStore
{
    public bool FirstTime(string practiceId, DateTimeOffset now) => db.Use((connection, transaction) =>
    {
        using var command = new NpgsqlCommand(
            "INSERT INTO cutover.graph_notices (practice_id, given_at) VALUES (@practice, @at) ON CONFLICT (practice_id) DO NOTHING",
            connection, transaction);
        command.Parameters.AddWithValue("practice", practiceId);
        command.Parameters.AddWithValue("at", now.ToUniversalTime());
        return command.ExecuteNonQuery() == 1;
    });
}

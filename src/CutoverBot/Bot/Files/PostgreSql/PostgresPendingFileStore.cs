using CutoverBot.Core.Storage.Encryption;
using CutoverBot.Core.Storage.PostgreSql;
using Npgsql;

namespace CutoverBot.Bot.Files.PostgreSql;

/// <summary>
/// Files waiting for consent on the shared server, their bytes sealed with <see cref="PostgresDatabase.Protect"/>.
/// A take is one DELETE ... RETURNING of the user's row, so of two instances answering the same consent, one gets it.
/// </summary>
public sealed class PostgresPendingFileStore(PostgresDatabase db) : IPendingFileStore
{
    public PendingFile Add(string userId, string fileName, string contentType, byte[] content, DateTimeOffset now, string? practiceId = null)
    {
        var file = new PendingFile
        {
            Id = Guid.NewGuid().ToString("N"),
            UserId = userId,
            PracticeId = practiceId,
            FileName = fileName,
            ContentType = contentType,
            Content = content,
            OfferedAt = now,
            ExpiresAt = now + IPendingFileStore.Lifetime,
        };
        db.Use((connection, transaction) =>
        {
            using var command = new NpgsqlCommand("""
                INSERT INTO cutover.pending_files (id, user_id, practice_id, file_name, content_type, content, offered_at, expires_at)
                VALUES (@id, @user, @practice, @name, @type, @content, @offered, @expires)
                """, connection, transaction);
            command.Parameters.AddWithValue("id", file.Id);
            command.Parameters.AddWithValue("user", userId);
            command.Parameters.AddWithValue("practice", (object?)practiceId ?? DBNull.Value);
            command.Parameters.AddWithValue("name", fileName);
            command.Parameters.AddWithValue("type", contentType);
            command.Parameters.AddWithValue("content", db.Protect(content));
            command.Parameters.AddWithValue("offered", now.ToUniversalTime());
            command.Parameters.AddWithValue("expires", file.ExpiresAt.ToUniversalTime());
            return command.ExecuteNonQuery();
        });
        return file;
    }

    public PendingFile? Take(string fileId, string userId, DateTimeOffset now)
    {
        var file = db.Use((connection, transaction) =>
        {
            using var command = new NpgsqlCommand("""
                DELETE FROM cutover.pending_files WHERE id = @id AND user_id = @user
                RETURNING practice_id, file_name, content_type, content, offered_at, expires_at
                """, connection, transaction);
            command.Parameters.AddWithValue("id", fileId);
            command.Parameters.AddWithValue("user", userId);
            using var reader = command.ExecuteReader();
            if (!reader.Read()) return null;
            return new PendingFile
            {
                Id = fileId,
                UserId = userId,
                PracticeId = reader.IsDBNull(0) ? null : reader.GetString(0),
                FileName = reader.GetString(1),
                ContentType = reader.GetString(2),
                Content = reader.GetFieldValue<byte[]>(3),
                OfferedAt = reader.GetFieldValue<DateTimeOffset>(4),
                ExpiresAt = reader.GetFieldValue<DateTimeOffset>(5),
            };
        });
        if (file is null || file.ExpiresAt <= now) return null;
        try
        {
            file.Content = db.Unprotect(file.Content);
            return file;
        }
        catch (SealedDataException)
        {
            return null;
        }
    }

    public int DeleteExpired(DateTimeOffset now) => Execute("DELETE FROM cutover.pending_files WHERE expires_at <= @value", now.ToUniversalTime());

    public int DeleteForPractice(string practiceId) => Execute("DELETE FROM cutover.pending_files WHERE practice_id = @value", practiceId);

    public int Count() => db.Use((connection, transaction) =>
    {
        using var command = new NpgsqlCommand("SELECT count(*) FROM cutover.pending_files", connection, transaction);
        return (int)(long)command.ExecuteScalar()!;
    });

    private int Execute(string sql, object value) => db.Use((connection, transaction) =>
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddWithValue("value", value);
        return command.ExecuteNonQuery();
    });
}

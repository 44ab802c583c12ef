using CutoverBot.Core.Entries;
using CutoverBot.Core.Entries.PostgreSql;
using CutoverBot.Core.Storage.Encryption;
using CutoverBot.Core.Storage.PostgreSql;
using CutoverBot.Tests.Postgres;
using LiteDB;
using Npgsql;

namespace CutoverBot.Core.Tests.Storage.PostgreSql;

/// <summary>rotate-key on the shared server: every sealed value moves to the new key, and it may run while the bot saves.</summary>
public sealed class PostgresKeyRotationTests : IDisposable
{
    private readonly PostgresTestDatabase _database = new();
    private readonly DataKey _old = DataKey.Generate();
    private readonly DataKey _new = DataKey.Generate();

    public void Dispose() => _database.Dispose();

    private static Entry NewEntry(int i) => new()
    {
        PracticeId = "19:riverside", Reference = $"CALL-{i:0000}", AuthorId = "29:amy",
        Patient = new PatientDetails { Name = "Philippa Quenby", NhsNumber = "9434765919", Text = "zopiclone" },
        LoggedAt = new DateTimeOffset(2026, 3, 2, 9, 15, 0, TimeSpan.Zero).AddSeconds(i),
    };

    [Fact]
    public void Run_EntriesAndSealedBytesUnderTheOldKey_ReadableWithTheNewKeyAlone()
    {
        var entry = NewEntry(1);
        using (var db = new PostgresDatabase(_database.ConnectionString, new KeyRing(_old)))
        {
            new PostgresEntryStore(db).Insert(entry);
            // Any table of the schema with sealed bytes, in a column of their own or inside a document.
            Execute(db, "CREATE TABLE cutover.waiting (id int PRIMARY KEY, content bytea, document bytea)");
            var inside = BsonSerializer.Serialize(new BsonDocument { ["Activity"] = new BsonValue(SealedBytes.Seal(_old, "queued"u8)) });
            Execute(db, "INSERT INTO cutover.waiting VALUES (1, @a, @b)", SealedBytes.Seal(_old, "a,b"u8), inside);
        }

        RotationReport report;
        using (var db = new PostgresDatabase(_database.ConnectionString, new KeyRing(_new, [_old]))) report = new PostgresKeyRotation(db).Run();

        Assert.Equal(new RotationReport(_new.Id, 1, 0, 0, 2), report);
        using var after = new PostgresDatabase(_database.ConnectionString, new KeyRing(_new));
        var store = new PostgresEntryStore(after);
        Assert.Equal("Philippa Quenby", store.Find(entry.Id)!.Patient.Name);
        Assert.Single(store.FindByNhsNumber("19:riverside", "9434765919"));
        var (content, document) = Row(after);
        Assert.Equal("a,b"u8.ToArray(), SealedBytes.Open(after.Keys, content));
        Assert.Equal("queued"u8.ToArray(), SealedBytes.Open(after.Keys, BsonSerializer.Deserialize(document)["Activity"].AsBinary));
    }

    [Fact]
    public void Run_Twice_SecondRunChangesNothing()
    {
        using var db = new PostgresDatabase(_database.ConnectionString, new KeyRing(_new, [_old]));
        new PostgresEntryStore(db).Insert(NewEntry(1));

        var first = new PostgresKeyRotation(db).Run();
        var second = new PostgresKeyRotation(db).Run();

        Assert.Equal((0, 1), (first.Changed, first.EntriesAlreadyCurrent));
        Assert.Equal((0, 1), (second.Changed, second.EntriesAlreadyCurrent));
    }

    [Fact]
    public async Task Run_WhileTheBotSavesAndEdits_EveryEntryKeptAndReadableWithTheNewKeyAlone()
    {
        var ids = new List<Guid>();
        using (var before = new PostgresDatabase(_database.ConnectionString, new KeyRing(_old)))
        {
            var store = new PostgresEntryStore(before);
            for (var i = 0; i < 1200; i++)
            {
                var entry = NewEntry(i);
                store.Insert(entry);
                ids.Add(entry.Id);
            }
        }
        using var bot = new PostgresDatabase(_database.ConnectionString, new KeyRing(_new, [_old]));
        using var tool = new PostgresDatabase(_database.ConnectionString, new KeyRing(_new, [_old]));
        var botStore = new PostgresEntryStore(bot);

        var rotation = Task.Run(() => new PostgresKeyRotation(tool).Run());
        var saved = new List<Guid>();
        while (!rotation.IsCompleted)
        {
            var entry = NewEntry(5000 + saved.Count);
            botStore.Insert(entry);
            saved.Add(entry.Id);
            // An edit of an entry the rotation may be re-sealing at this moment.
            var edited = botStore.Find(ids[saved.Count * 7 % ids.Count])!;
            edited.Patient.Text = "edited while rotating";
            botStore.Update(edited);
        }
        var report = await rotation;

        Assert.True(saved.Count > 0, "the bot saved nothing while the rotation ran");
        // The bot's own saves and edits are under the new key already; the rotation re-sealed the rest.
        Assert.InRange(report.EntriesResealed, 1, 1200);
        using var after = new PostgresDatabase(_database.ConnectionString, new KeyRing(_new));
        var all = new PostgresEntryStore(after).ForPractice("19:riverside");
        Assert.Equal(ids.Concat(saved).Order(), all.Select(e => e.Id).Order());
        Assert.All(all, e => Assert.Equal("Philippa Quenby", e.Patient.Name));
    }

    private static void Execute(PostgresDatabase db, string sql, params object[] values)
    {
        using var connection = db.Open();
        using var command = new NpgsqlCommand(sql, connection);
        for (var i = 0; i < values.Length; i++) command.Parameters.AddWithValue(((char)('a' + i)).ToString(), values[i]);
        command.ExecuteNonQuery();
    }

    private static (byte[] Content, byte[] Document) Row(PostgresDatabase db)
    {
        using var connection = db.Open();
        using var command = new NpgsqlCommand("SELECT content, document FROM cutover.waiting WHERE id = 1", connection);
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetFieldValue<byte[]>(0), reader.GetFieldValue<byte[]>(1));
    }
}

using CutoverBot.Core.Storage;
using CutoverBot.Core.Storage.PostgreSql;

namespace CutoverBot.Tests.Storage.Contracts;

/// <summary>The embedded engine on a real LiteDB file, as the bot opens it.</summary>
public sealed class LiteDbHostEngine : HostStoreEngine
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"cutover-host-contract-{Guid.NewGuid():N}.db");
    private readonly CutoverDatabase _db;

    public LiteDbHostEngine() => _db = new CutoverDatabase(_path);

    public override string Name => "LiteDB";

    public override T Make<T>(Func<CutoverDatabase, T> onLiteDb, Func<PostgresDatabase, T> onPostgreSql) => onLiteDb(_db);

    public override T MakeOnAnotherInstance<T>(Func<CutoverDatabase, T> onLiteDb, Func<PostgresDatabase, T> onPostgreSql) => onLiteDb(_db);

    public override void Dispose()
    {
        _db.Dispose();
        File.Delete(_path);
    }
}

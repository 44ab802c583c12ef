using CutoverBot.Tests.Postgres;

namespace CutoverBot.Tests.Infrastructure;

/// <summary>
/// The same host as <see cref="BotFixture"/>, its data on the test PostgreSQL server (a database of its own per test
/// class) instead of a LiteDB file: the integration tests run once on each engine.
/// </summary>
public sealed class PostgresBotFixture : BotFixture
{
    private readonly PostgresTestDatabase _database = new();

    public string ConnectionString => _database.ConnectionString;

    protected override IReadOnlyDictionary<string, string?> Settings() => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "PostgreSql",
        ["Storage:ConnectionString"] = _database.ConnectionString,
    };

    protected override async Task OnDisposedAsync()
    {
        await base.OnDisposedAsync();
        _database.Dispose();
    }
}

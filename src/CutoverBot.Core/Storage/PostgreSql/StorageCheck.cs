using System.Net.Sockets;
using Npgsql;

namespace CutoverBot.Core.Storage.PostgreSql;

/// <summary>
/// Connects to the server of Storage:ConnectionString and brings the schema up to date, and says plainly what is
/// wrong when it cannot: unreachable, wrong password, missing database, no permission to create the schema, or a
/// schema newer than this bot. Used at start-up and by the check-storage command. Messages name the server, the
/// database and the user, never the password.
/// </summary>
public static class StorageCheck
{
    public static StorageCheckResult Run(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        var where = $"PostgreSQL server {settings.Host}:{settings.Port}";
        try
        {
            using var source = NpgsqlDataSource.Create(connectionString);
            var version = SchemaMigrator.Migrate(source);
            return new StorageCheckResult(StorageProblem.None, $"{where}, database {settings.Database}: reached as {settings.Username}; schema version {version} is current.", version);
        }
        catch (SchemaTooNewException e)
        {
            return new StorageCheckResult(StorageProblem.SchemaTooNew, $"{where}, database {settings.Database}: {e.Message}", e.Found);
        }
        catch (PostgresException e)
        {
            return new StorageCheckResult(Classify(e.SqlState), Explain(e.SqlState, where, settings), 0);
        }
        catch (NpgsqlException e) when (e.InnerException is SocketException or TimeoutException or IOException || e.IsTransient)
        {
            return new StorageCheckResult(StorageProblem.Unreachable,
                $"Could not reach the {where} (Storage:ConnectionString, Host and Port): check the name, the port, that the server is running and that a firewall lets this machine in.", 0);
        }
        catch (SocketException)
        {
            return new StorageCheckResult(StorageProblem.Unreachable,
                $"Could not reach the {where} (Storage:ConnectionString, Host and Port): the name does not resolve or nothing answers there.", 0);
        }
        catch (NpgsqlException e)
        {
            // Only the type: the driver's message may quote the connection string's parts.
            return new StorageCheckResult(StorageProblem.Other,
                $"The {where} could not be used ({e.GetType().Name}{(e.InnerException is { } inner ? ", " + inner.GetType().Name : "")}): check Storage:ConnectionString (SSL Mode, Host, Port).", 0);
        }
    }

    private static StorageProblem Classify(string state) => state switch
    {
        PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification => StorageProblem.WrongPassword,
        PostgresErrorCodes.InvalidCatalogName => StorageProblem.MissingDatabase,
        PostgresErrorCodes.InsufficientPrivilege => StorageProblem.NoPermission,
        _ => StorageProblem.Other,
    };

    private static string Explain(string state, string where, NpgsqlConnectionStringBuilder settings) => Classify(state) switch
    {
        StorageProblem.WrongPassword =>
            $"The {where} refused the user name or password for {settings.Username} (Storage:ConnectionString, Username and Password): check both, and that the password has not expired or been rotated.",
        StorageProblem.MissingDatabase =>
            $"The {where} has no database named {settings.Database} (Storage:ConnectionString, Database): create it (CREATE DATABASE {settings.Database} OWNER {settings.Username}) or correct the name.",
        StorageProblem.NoPermission =>
            $"User {settings.Username} may not create CutoverBot's schema in database {settings.Database} on the {where}: grant it once (GRANT CREATE ON DATABASE {settings.Database} TO {settings.Username}) or make it the database's owner. The bot creates the schema \"cutover\" on its first start and changes it only when a new version needs to.",
        _ => $"The {where} refused the bot's start-up (SQLSTATE {state}); the server's log says why.",
    };
}

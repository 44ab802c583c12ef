using CutoverBot.Core.Storage;
using Microsoft.Extensions.Options;

namespace CutoverBot.Storage;

/// <summary>The engine Storage:Provider chose, read once the options are bound (and validated at start-up).</summary>
public sealed class StorageEngine(IOptions<StorageOptions> options)
{
    public StorageProvider Provider { get; } = StorageProviderSettings.Of(options.Value);

    public bool IsPostgreSql => Provider == StorageProvider.PostgreSql;
}

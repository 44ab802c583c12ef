using CutoverBot.Core.Cards;
using CutoverBot.Core.Commands;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CutoverBot.Hosting;

/// <summary>The storage and domain services, shared by the web host and the command line.</summary>
public static class CoreServiceCollectionExtensions
{
    public static IServiceCollection AddCutoverCore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // TryAdd so tests (and the command line) can put in their own clock first.
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new CutoverDatabase(sp.GetRequiredService<IOptions<StorageOptions>>().Value.DatabasePath));
        services.AddSingleton<PracticeStore>();
        services.AddSingleton<EntryStore>();
        services.AddSingleton<AuditStore>();
        services.AddSingleton<ReferenceCounterStore>();
        services.AddSingleton<CardRenderer>();
        services.AddSingleton<ChatCommandRouter>();
        return services;
    }
}

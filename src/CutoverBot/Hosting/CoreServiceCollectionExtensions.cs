using CutoverBot.Core.Cards;
using CutoverBot.Core.Checklist;
using CutoverBot.Core.Commands;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Setup;
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
        services.AddCutoverEncryption();
        services.AddSingleton(sp => new CutoverDatabase(sp.GetRequiredService<IOptions<StorageOptions>>().Value.DatabasePath,
            sp.GetRequiredService<CutoverBot.Core.Storage.Encryption.KeyRing>()));
        services.AddSingleton<PracticeStore>();
        services.AddSingleton<EntryStore>();
        services.AddSingleton<AuditStore>();
        services.AddSingleton<ReferenceCounterStore>();
        services.AddSingleton<CardRenderer>();

        services.AddOptions<ChecklistOptions>()
            .BindConfiguration(ChecklistOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(sp => CutoverCatalogLoader.Load(sp.GetRequiredService<IOptions<ChecklistOptions>>().Value.CatalogPath));
        services.AddSingleton<ChecklistFeature>();
        services.AddSingleton(sp => sp.GetRequiredService<ChecklistFeature>().Planner);
        services.AddSingleton(sp => sp.GetRequiredService<ChecklistFeature>().SetupCards);
        services.AddSingleton(sp => sp.GetRequiredService<ChecklistFeature>().PostLog);
        services.AddSingleton<ChatCommandRouter>();
        return services;
    }
}

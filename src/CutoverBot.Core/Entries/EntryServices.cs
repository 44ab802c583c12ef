using CutoverBot.Core.Entries.Intake;
using CutoverBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CutoverBot.Core.Entries;

/// <summary>Registers the entries feature: its stores, its audit trail and the one recorder every surface saves through, and the intake of typed messages.</summary>
public static class EntryServices
{
    public static IServiceCollection AddEntries(this IServiceCollection services)
    {
        services.TryAddSingleton<EntryStore>();
        // The seams every feature takes: one implementation per engine, the PostgreSQL ones put in first by
        // AddPostgreSqlStores. The concrete LiteDB stores stay registered for the command line's LiteDB-only work.
        services.TryAddSingleton<IEntryStore>(sp => sp.GetRequiredService<EntryStore>());
        services.TryAddSingleton<AuditStore>();
        services.TryAddSingleton<IAuditStore>(sp => sp.GetRequiredService<AuditStore>());
        services.TryAddSingleton<AuditTrail>();
        services.TryAddSingleton<ReferenceCounterStore>();
        services.TryAddSingleton<IReferenceCounterStore>(sp => sp.GetRequiredService<ReferenceCounterStore>());
        services.TryAddSingleton<EntryRecorder>();
        services.TryAddSingleton<EntryPostedCards>();
        services.TryAddSingleton<ProcessedMessageStore>();
        services.TryAddSingleton<IProcessedMessageStore>(sp => sp.GetRequiredService<ProcessedMessageStore>());
        services.TryAddSingleton<MessageIntake>();
        return services;
    }
}

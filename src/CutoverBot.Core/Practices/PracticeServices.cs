using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CutoverBot.Core.Practices;

/// <summary>Registers the practices: who is staff where, which practice a message is for, and who may see or change an entry.</summary>
public static class PracticeServices
{
    public static IServiceCollection AddPractices(this IServiceCollection services)
    {
        services.TryAddSingleton<PracticeStore>();
        services.TryAddSingleton<IPracticeStore>(sp => sp.GetRequiredService<PracticeStore>());
        services.TryAddSingleton<PracticeResolver>();
        services.TryAddSingleton<GovernanceSettings>();
        services.TryAddSingleton<EntryAccess>();
        services.TryAddSingleton<HeldEntryFiler>();
        return services;
    }
}

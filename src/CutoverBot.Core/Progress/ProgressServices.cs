using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CutoverBot.Core.Progress;

/// <summary>Registers the tabs' read models: the channel view, a person's entries and the tab's confirmations.</summary>
public static class ProgressServices
{
    public static IServiceCollection AddProgress(this IServiceCollection services)
    {
        services.TryAddSingleton<RosterLookup>();
        services.TryAddSingleton<ReentryTimes>();
        services.TryAddSingleton<ChecklistProgress>();
        services.TryAddSingleton<ChannelProgress>();
        services.TryAddSingleton<PersonalEntries>();
        services.TryAddSingleton<TabConfirmations>();
        return services;
    }
}

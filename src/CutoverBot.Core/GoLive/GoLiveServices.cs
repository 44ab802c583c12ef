using CutoverBot.Core.Checklist;
using CutoverBot.Core.Kernel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CutoverBot.Core.GoLive;

/// <summary>Registers go-live: the summary, re-entry, the export, and go-live's answers to the checklist's two questions.</summary>
public static class GoLiveServices
{
    public static IServiceCollection AddGoLive(this IServiceCollection services)
    {
        services.TryAddSingleton<GoLiveSummaryBuilder>();
        services.TryAddSingleton<ReentryView>();
        services.TryAddSingleton<ReentryRecorder>();
        services.TryAddSingleton<GoLiveAccess>();
        services.TryAddSingleton<GoLiveViews>();
        services.TryAddSingleton<ReentryEntryReader>();
        services.TryAddSingleton<ReentryReminderPlanner>();
        services.TryAddSingleton<GoLiveMorning>();
        services.TryAddSingleton<IGoLiveMorning>(sp => sp.GetRequiredService<GoLiveMorning>());
        services.TryAddSingleton<IReentryCounts, ReentryCounts>();
        services.AddChatCommand<SummaryCommand>();
        services.AddChatCommand<ReenteredCommand>();
        services.AddChatCommand<ReenteredAllCommand>();
        services.AddChatCommand<NotNeededCommand>();
        services.AddChatCommand<ExportCommand>();
        services.AddCardAction<ReentryViewAction>();
        services.AddCardAction<ReentryConfirmAction>();
        services.AddCardAction<ReentryNotNeededAction>();
        services.AddCardAction<ReentryConfirmAllAction>();
        services.AddCardAction<GoLivePageAction>();
        return services;
    }
}

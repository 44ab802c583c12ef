using CutoverBot.Core.Kernel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CutoverBot.Core.Checklist;

/// <summary>Registers the cutover checklist: the calendar (the embedded one unless the host put in its own), ticks, cards, the morning plan.</summary>
public static class ChecklistServices
{
    public static IServiceCollection AddChecklist(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => CutoverCatalogLoader.LoadEmbedded());
        services.TryAddSingleton<ChecklistTickStore>();
        services.TryAddSingleton<IChecklistTickStore>(sp => sp.GetRequiredService<ChecklistTickStore>());
        services.TryAddSingleton<DailyChecklistBuilder>();
        services.TryAddSingleton<EntryActivity>();
        services.TryAddSingleton<ChecklistCards>();
        services.TryAddSingleton<MorningPostPlanner>();
        services.TryAddSingleton<ChecklistAccess>();
        services.AddChatCommand<ChecklistCommand>();
        services.AddChatCommand<DoneCommand>();
        services.AddChatCommand<UntickCommand>();
        services.AddCardAction<ChecklistToggleAction>();
        services.AddCardAction<ChecklistEarlierAction>();
        return services;
    }
}

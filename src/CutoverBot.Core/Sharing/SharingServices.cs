using CutoverBot.Core.Kernel;
using CutoverBot.Core.Status;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CutoverBot.Core.Sharing;

/// <summary>Registers sharing a practice's progress with another team: its store, its two commands, the programme view.</summary>
public static class SharingServices
{
    public static IServiceCollection AddSharing(this IServiceCollection services)
    {
        services.TryAddSingleton<ProgressShareStore>();
        services.TryAddSingleton<IProgressShareStore>(sp => sp.GetRequiredService<ProgressShareStore>());
        services.TryAddSingleton<ShareTargets>();
        services.TryAddSingleton<IProgressSharing, SharedWithNames>();
        services.TryAddSingleton<ProgrammeProgress>();
        services.AddChatCommand<ShareProgressCommand>();
        services.AddChatCommand<StopSharingCommand>();
        return services;
    }
}

using CutoverBot.Core.Kernel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CutoverBot.Core.Status;

/// <summary>Registers status; the host adds its StatusNotices (secret expiry) when it has them.</summary>
public static class StatusServices
{
    public static IServiceCollection AddStatus(this IServiceCollection services)
    {
        services.TryAddSingleton<PracticeStatus>();
        services.AddChatCommand<StatusCommand>();
        return services;
    }
}

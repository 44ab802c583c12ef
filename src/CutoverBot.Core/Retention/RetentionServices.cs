using CutoverBot.Core.Kernel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CutoverBot.Core.Retention;

/// <summary>Registers retention: the purge the host runs daily and the retention command.</summary>
public static class RetentionServices
{
    public static IServiceCollection AddRetention(this IServiceCollection services)
    {
        services.TryAddSingleton<RetentionPurger>();
        services.AddChatCommand<RetentionCommand>();
        return services;
    }
}

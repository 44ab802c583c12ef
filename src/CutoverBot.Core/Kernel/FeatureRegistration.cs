using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CutoverBot.Core.Kernel;

/// <summary>How a feature adds its chat commands and card actions for the router to dispatch.</summary>
public static class FeatureRegistration
{
    /// <summary>Adds a typed command once, however often its feature is registered.</summary>
    public static IServiceCollection AddChatCommand<T>(this IServiceCollection services) where T : class, IChatCommand
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChatCommand, T>());
        return services;
    }

    /// <summary>Adds an Action.Execute handler once, however often its feature is registered.</summary>
    public static IServiceCollection AddCardAction<T>(this IServiceCollection services) where T : class, ICardAction
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICardAction, T>());
        return services;
    }
}

using CutoverBot.Core.Kernel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CutoverBot.Core.Setup;

/// <summary>Registers setup: the welcome card, the setup form and what saving it does.</summary>
public static class SetupServices
{
    public static IServiceCollection AddSetup(this IServiceCollection services)
    {
        services.TryAddSingleton<SetupService>();
        services.TryAddSingleton<SetupCards>();
        services.AddChatCommand<SetupCommand>();
        services.AddCardAction<SetupSubmitAction>();
        return services;
    }
}

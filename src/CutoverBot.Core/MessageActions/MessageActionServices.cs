using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CutoverBot.Core.MessageActions;

/// <summary>Registers the message extension's two commands: Log for re-entry and Find an entry.</summary>
public static class MessageActionServices
{
    public static IServiceCollection AddMessageActions(this IServiceCollection services)
    {
        services.TryAddSingleton<MessageSourceStore>();
        services.TryAddSingleton<IMessageSourceStore>(sp => sp.GetRequiredService<MessageSourceStore>());
        services.TryAddSingleton<ExtensionPractices>();
        services.TryAddSingleton<EntrySearch>();
        services.TryAddSingleton<MessageEntryFeature>();
        return services;
    }
}

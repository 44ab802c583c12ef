using CutoverBot.Core.Cards;
using CutoverBot.Timing;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CutoverBot.Delivery;

public static class DeliveryServiceCollectionExtensions
{
    /// <summary>
    /// Everything that leaves the bot outside a turn: the proactive sender within Teams' limits, its retries, the card
    /// renderer it posts with, and the outbox. Expects the host to register
    /// <see cref="Microsoft.Bot.Connector.Authentication.BotFrameworkAuthentication"/>, <see cref="Core.Storage.CutoverDatabase"/>
    /// and <see cref="Core.Practices.IPracticeStore"/>.
    /// </summary>
    public static IServiceCollection AddCutoverDelivery(this IServiceCollection services)
    {
        services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        // TryAdd so tests can put in their own clock first.
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new DelayClock(sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<CardRenderer>();
        services.TryAddSingleton<ICardJsonRenderer, CoreCardJsonRenderer>();

        services.TryAddSingleton<DeliveryLimiter>();
        services.TryAddSingleton<ProactiveConnector>();
        services.TryAddSingleton<RetryingConnector>();
        services.TryAddSingleton<IProactiveSender, ProactiveSender>();
        services.AddCutoverOutbox();
        return services;
    }
}

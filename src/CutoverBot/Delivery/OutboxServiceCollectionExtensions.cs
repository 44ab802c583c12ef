using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CutoverBot.Delivery;

public static class OutboxServiceCollectionExtensions
{
    /// <summary>
    /// The durable outbox for replies a turn could not deliver in time and its deliverer (a hosted service).
    /// Expects the rest of delivery (the <see cref="DeliveryLimiter"/>, <see cref="ProactiveConnector"/> and clock).
    /// </summary>
    public static IServiceCollection AddCutoverOutbox(this IServiceCollection services)
    {
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // TryAdd, as every store: the host then puts the configured engine's store behind the seam (Storage/StoreSeams).
        services.TryAddSingleton<IOutboxStore, OutboxStore>();
        services.TryAddSingleton<OutboxTurnSender>();
        services.TryAddSingleton<OutboxDeliverer>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDeliverer>());
        return services;
    }
}

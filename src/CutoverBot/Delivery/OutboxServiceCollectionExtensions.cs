using CutoverBot.Bot.Intake;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CutoverBot.Delivery;

public static class OutboxServiceCollectionExtensions
{
    /// <summary>
    /// The durable outbox for replies a turn could not deliver in time, its deliverer (a hosted service), and the
    /// record of activities already taken in, so a message Teams delivers twice is stored once.
    /// Expects the scheduling services (the <see cref="DeliveryLimiter"/>, <see cref="ProactiveConnector"/> and clock).
    /// </summary>
    public static IServiceCollection AddCutoverOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<OutboxStore>();
        services.TryAddSingleton<OutboxTurnSender>();
        services.TryAddSingleton<OutboxDeliverer>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDeliverer>());
        services.TryAddSingleton<IntakeGate>();
        return services;
    }
}

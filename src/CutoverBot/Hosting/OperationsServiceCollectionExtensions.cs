using CutoverBot.Delivery;
using CutoverBot.Operations;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CutoverBot.Hosting;

/// <summary>What the people running the bot see: /healthz's database check and the periodic operations report.</summary>
public static class OperationsServiceCollectionExtensions
{
    public static IServiceCollection AddCutoverOperations(this IServiceCollection services)
    {
        services.AddOptions<OperationsOptions>().BindConfiguration(OperationsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DeliveryCounter>();
        // Replace (not TryAdd) so the count wraps the real sender whether this runs before or after AddCutoverScheduling.
        services.TryAddSingleton<ProactiveSender>();
        services.Replace(ServiceDescriptor.Singleton<IProactiveSender>(sp =>
            new CountingProactiveSender(sp.GetRequiredService<ProactiveSender>(), sp.GetRequiredService<DeliveryCounter>())));
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddHostedService<OperationsReporter>();
        return services;
    }
}

using CutoverBot.Core.Status;
using CutoverBot.Delivery;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CutoverBot.Operations;

/// <summary>What the people running the bot see: /healthz's database check, the periodic operations report and secret expiry warnings.</summary>
public static class OperationsServiceCollectionExtensions
{
    public static IServiceCollection AddCutoverOperations(this IServiceCollection services)
    {
        services.AddOptions<OperationsOptions>().BindConfiguration(OperationsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DeliveryCounter>();
        // Replace (not TryAdd) so the count wraps the real sender whether this runs before or after AddCutoverDelivery.
        services.TryAddSingleton<ProactiveSender>();
        services.Replace(ServiceDescriptor.Singleton<IProactiveSender>(sp =>
            new CountingProactiveSender(sp.GetRequiredService<ProactiveSender>(), sp.GetRequiredService<DeliveryCounter>())));
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.AddHostedService<OperationsReporter>();
        services.AddOptions<SecretExpiryOptions>().BindConfiguration(SecretExpiryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<SecretExpiryOptions>, SecretExpiryOptionsValidator>();
        services.AddSingleton<SecretExpiry>();
        services.AddSingleton(sp => new StatusNotices(() => sp.GetRequiredService<SecretExpiry>().StatusFacts()));
        services.AddHostedService<SecretExpiryMonitor>();
        return services;
    }
}

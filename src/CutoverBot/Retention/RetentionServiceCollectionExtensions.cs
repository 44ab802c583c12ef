using CutoverBot.Core.Entries;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Retention;
using Microsoft.Extensions.Options;

namespace CutoverBot.Retention;

public static class RetentionServiceCollectionExtensions
{
    /// <summary>Retention:DefaultDays, the purger and its daily hosted service. Expects the core and bot services.</summary>
    public static IServiceCollection AddCutoverRetention(this IServiceCollection services)
    {
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // The router reads the default to tell a practice how long its details are kept.
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<RetentionOptions>>().Value);
        services.AddSingleton(sp => new AuditTrail(sp.GetRequiredService<AuditStore>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<RetentionPurger>();
        services.AddHostedService<RetentionService>();
        return services;
    }
}

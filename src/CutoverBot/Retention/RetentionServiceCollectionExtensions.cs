using CutoverBot.Core.Practices;
using Microsoft.Extensions.Options;

namespace CutoverBot.Retention;

public static class RetentionServiceCollectionExtensions
{
    /// <summary>Retention:DefaultDays and the purge's daily hosted service (Core's AddRetention registers the purger).</summary>
    public static IServiceCollection AddCutoverRetention(this IServiceCollection services)
    {
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // The router reads the default to tell a practice how long its details are kept.
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<RetentionOptions>>().Value);
        services.AddHostedService<RetentionService>();
        return services;
    }
}

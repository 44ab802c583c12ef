
namespace CutoverBot.Bot.Throttling;

internal static class ThrottlingServiceCollectionExtensions
{
    public static IServiceCollection AddTurnThrottling(this IServiceCollection services)
    {
        services.AddOptions<ThrottlingOptions>()
            .BindConfiguration(ThrottlingOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<TurnThrottle>();
        services.AddSingleton<ThrottlingMiddleware>();
        return services;
    }

    /// <summary>Middleware runs after the adapter has authenticated the request and before the bot.</summary>
    public static CutoverAdapter UseThrottling(this CutoverAdapter adapter, IServiceProvider services)
    {
        adapter.Use(services.GetRequiredService<ThrottlingMiddleware>());
        return adapter;
    }
}

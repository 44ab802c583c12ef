using CutoverBot.Core.Cards;
using CutoverBot.Core.Scheduling;
using CutoverBot.Delivery;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CutoverBot.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// The morning posts: the scheduler (a hosted service), the post log, and the proactive sender with Teams' limits.
    /// Expects the host to register <see cref="Microsoft.Bot.Connector.Authentication.BotFrameworkAuthentication"/>,
    /// <see cref="Core.Storage.CutoverDatabase"/>, <see cref="Core.Practices.PracticeStore"/> and the checklist's
    /// <see cref="Core.Checklist.MorningPostPlanner"/>.
    /// </summary>
    public static IServiceCollection AddCutoverScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SchedulerOptions>().Bind(configuration.GetSection(SchedulerOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DeliveryOptions>().Bind(configuration.GetSection(DeliveryOptions.Section)).ValidateDataAnnotations().ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new DelayClock(sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<PostLogStore>();
        services.TryAddSingleton<CardRenderer>();
        services.TryAddSingleton<ICardJsonRenderer, CoreCardJsonRenderer>();
        services.TryAddSingleton<IMorningPostPlanner, ChecklistMorningPostPlanner>();

        services.TryAddSingleton<DeliveryLimiter>();
        services.TryAddSingleton<ProactiveConnector>();
        services.TryAddSingleton<RetryingConnector>();
        services.TryAddSingleton<IProactiveSender, ProactiveSender>();

        services.TryAddSingleton<MorningPostJob>();
        services.TryAddSingleton<MorningPostScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<MorningPostScheduler>());
        return services;
    }
}

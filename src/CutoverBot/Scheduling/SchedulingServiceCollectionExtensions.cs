using CutoverBot.Core.Scheduling;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CutoverBot.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// The morning posts: the scheduler (a hosted service), the job that posts and the post log. Expects the delivery
    /// services (<see cref="Delivery.DeliveryServiceCollectionExtensions.AddCutoverDelivery"/>) and the checklist's
    /// <see cref="Core.Checklist.MorningPostPlanner"/>.
    /// </summary>
    public static IServiceCollection AddCutoverScheduling(this IServiceCollection services)
    {
        services.AddOptions<SchedulerOptions>().BindConfiguration(SchedulerOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        services.TryAddSingleton<PostLogStore>();
        services.TryAddSingleton<IPostLogStore>(sp => sp.GetRequiredService<PostLogStore>());
        services.TryAddSingleton<IFanOutLease, SoleInstanceLease>();
        services.TryAddSingleton<IMorningPostPlanner, ChecklistMorningPostPlanner>();
        services.TryAddSingleton<MorningPostJob>();
        services.TryAddSingleton<MorningPostScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<MorningPostScheduler>());
        return services;
    }
}

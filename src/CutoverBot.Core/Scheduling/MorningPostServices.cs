using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CutoverBot.Core.Scheduling;

/// <summary>Registers the morning posts' log: the scheduler writes it, status reads it, one instance for both.</summary>
public static class MorningPostServices
{
    public static IServiceCollection AddMorningPosts(this IServiceCollection services)
    {
        services.TryAddSingleton<PostLogStore>();
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection;
using CutoverBot.Core;
using CutoverBot.Core.Storage;

namespace CutoverBot.Tests.Infrastructure;

/// <summary>Core as the bot builds it (AddCutoverFeatures), over a harness's database and clock, for tests that drive Core without the web host.</summary>
internal static class CoreOver
{
    /// <summary>The caller disposes the provider; the database stays the harness's (an instance registered is never disposed by it).</summary>
    public static ServiceProvider Build(CutoverDatabase db, TimeProvider time, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection().AddSingleton(db).AddSingleton(time);
        configure?.Invoke(services);
        return services.AddCutoverFeatures().BuildServiceProvider();
    }
}

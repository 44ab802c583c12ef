using CutoverBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CutoverBot.Core.Tests;

/// <summary>Core as the host builds it (AddCutoverFeatures) over a test's database and clock, so tests exercise the real wiring.</summary>
internal static class CoreServices
{
    public static ServiceProvider Build(CutoverDatabase db, FakeTimeProvider time, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection().AddSingleton(db).AddSingleton<TimeProvider>(time);
        configure?.Invoke(services);
        return services.AddCutoverFeatures().BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}

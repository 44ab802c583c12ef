using Azure.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Authentication.Azure;

namespace CutoverBot.Graph;

/// <summary>Optional Microsoft Graph (copying the go-live workbook to the channel's Files), checked at start-up.</summary>
public static class GraphServiceCollectionExtensions
{
    public static IServiceCollection AddCutoverGraph(this IServiceCollection services)
    {
        services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<GraphOptions>, GraphOptionsValidator>();

        // Graph's own handlers (retry on 429/503 with Retry-After, redirects, compression) around the pooled client.
        var graphClient = services.AddHttpClient(ChannelFilesUploader.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(100));
        for (var i = 0; i < GraphClientFactory.CreateDefaultHandlers().Count; i++)
        {
            var index = i;
            graphClient.AddHttpMessageHandler(() => GraphClientFactory.CreateDefaultHandlers()[index]);
        }

        // TryAdd: tests put in an anonymous provider to talk to a local stub.
        services.TryAddSingleton<IAuthenticationProvider>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<GraphOptions>>().Value;
            if (!options.IsConfigured) return new AnonymousAuthenticationProvider();
            var credential = new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret);
            var graphHost = new Uri(options.EffectiveBaseUrl).Host;
            return new AzureIdentityAuthenticationProvider(credential, [graphHost], scopes: [$"https://{graphHost}/.default"]);
        });
        services.AddSingleton<ChannelFilesUploader>();
        // TryAdd, as every store: the host then puts the configured engine's store behind the seam (Storage/StoreSeams).
        services.TryAddSingleton<IChannelFilesNoticeStore, ChannelFilesNoticeStore>();
        services.AddSingleton<ChannelFilesCopier>();
        return services;
    }
}

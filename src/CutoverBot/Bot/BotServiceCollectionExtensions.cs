using CutoverBot.Bot.Files;
using CutoverBot.Bot.Intake;
using CutoverBot.Bot.Posts;
using CutoverBot.Bot.Throttling;
using CutoverBot.Bot.Welcome;
using CutoverBot.Delivery;
using CutoverBot.Graph;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CutoverBot.Bot;

/// <summary>
/// The Bot Framework side of the host: authentication, the adapter, the Teams handler, /api/messages and the record of
/// activities already taken in. Expects the delivery services (<see cref="DeliveryServiceCollectionExtensions.AddCutoverDelivery"/>).
/// </summary>
public static class BotServiceCollectionExtensions
{
    public static IServiceCollection AddCutoverBot(this IServiceCollection services)
    {
        services.AddOptions<BotOptions>()
            .BindConfiguration(BotOptions.Section)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotOptions>, BotOptionsValidator>();

        // One HttpClient pool for the SDK instead of a new HttpClient per turn, telling morning posts when they leave.
        services.AddHttpClient();
        OnTheWireHandler.AddToDefaultClient(services);
        // A ServiceClientCredentialsFactory registered beforehand (tests: no real Entra ID token for the connector)
        // replaces the one the SDK builds from MicrosoftAppId/MicrosoftAppPassword.
        services.AddSingleton<BotFrameworkAuthentication>(sp => new SharedResolverBotFrameworkAuthentication(
            new ConfigurationBotFrameworkAuthentication(
                sp.GetRequiredService<IConfiguration>(),
                credentialsFactory: sp.GetService<ServiceClientCredentialsFactory>(),
                httpClientFactory: sp.GetRequiredService<IHttpClientFactory>(),
                logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>())));
        services.AddTurnThrottling();
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<CutoverAdapter>(sp).UseThrottling(sp));
        services.AddSingleton<ReplySender>();
        services.AddSingleton<PracticeInstaller>();
        services.TryAddSingleton<IWelcomeStore, WelcomeStore>();
        services.AddSingleton<InstallGreeter>();
        services.AddSingleton<CardActionHandler>();
        services.AddSingleton<CutoverBot.Bot.Extensions.MessageExtensionHandler>();
        // The stores TryAdd: the host then puts the configured engine's store behind each seam (Storage/StoreSeams).
        services.TryAddSingleton<IGoLivePostStore, GoLivePostStore>();
        services.AddSingleton<GoLiveCardRefresher>();
        services.AddSingleton<ChecklistCardRefresher>();
        services.TryAddSingleton<IEntryPostStore, EntryPostStore>();
        services.AddSingleton<IPostedReplyRecorder>(sp => sp.GetRequiredService<IEntryPostStore>());
        services.AddSingleton<EntryCardRefresher>();
        services.TryAddSingleton<IPendingFileStore, PendingFileStore>();
        services.AddSingleton<FileOffers>();
        services.AddSingleton<FileConsentHandler>();
        services.AddHttpClient(FileConsentHandler.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(60));
        services.AddHostedService<PendingFileSweeper>();
        services.AddCutoverGraph();
        services.AddSingleton<IBot, CutoverTeamsBot>();
        services.AddSingleton<TurnGate>();
        services.AddSingleton<MessagesEndpoint>();
        // A message Teams delivers twice is stored once (MessageIntake, registered by Core, keeps the marks).
        services.TryAddSingleton<IntakeGate>();
        return services;
    }
}

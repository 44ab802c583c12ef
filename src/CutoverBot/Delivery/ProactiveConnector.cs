using System.Security.Claims;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace CutoverBot.Delivery;

/// <summary>
/// Runs one Bot Connector call in a proactive turn (CloudAdapter.ContinueConversationAsync) on the bot's own
/// authentication, so it gets the same tokens, HTTP client pool and shared JSON resolver as every other call. The adapter
/// is a private one without the message handler's turn-error handler, which would otherwise try to post an apology into
/// a conversation that is throttled or gone; exceptions are caught inside the turn and rethrown here.
/// </summary>
internal sealed class ProactiveConnector(BotFrameworkAuthentication authentication, IConfiguration configuration, ILoggerFactory loggers)
{
    // The SDK logs a line per proactive call at Information; under its own category appsettings.json keeps it at Warning.
    private readonly CloudAdapter _adapter = new(authentication, loggers.CreateLogger<CloudAdapter>());

    public const string TeamsChannel = "msteams";

    public string BotAppId { get; } = configuration["MicrosoftAppId"] ?? "";

    public async Task<T> RunAsync<T>(string serviceUrl, string conversationId, Func<IConnectorClient, CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        var reference = new ConversationReference
        {
            ChannelId = TeamsChannel,
            ServiceUrl = serviceUrl,
            Conversation = new ConversationAccount(id: conversationId),
            Bot = new ChannelAccount(id: BotAccountId),
        };
        T result = default!;
        Exception? failure = null;
        await _adapter.ContinueConversationAsync(Identity(), reference, audience: null!, async (turn, ct) =>
        {
            try
            {
                result = await call(turn.TurnState.Get<IConnectorClient>(), ct);
            }
            catch (Exception ex)
            {
                failure = ex;
            }
        }, cancellationToken);
        if (failure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        return result;
    }

    public string BotAccountId => string.IsNullOrEmpty(BotAppId) ? "28:cutoverbot" : "28:" + BotAppId;

    // The adapter's own helper refuses an empty app id; anonymous (Development) runs need an identity without one,
    // for which the SDK sends no token.
    private ClaimsIdentity Identity() => string.IsNullOrEmpty(BotAppId)
        ? new ClaimsIdentity()
        : new ClaimsIdentity(
        [
            new Claim(AuthenticationConstants.AudienceClaim, BotAppId),
            new Claim(AuthenticationConstants.AppIdClaim, BotAppId),
        ]);
}

using System.Security.Claims;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Rest.Serialization;

namespace StockEchoBot;

/// <summary>
/// The one fix every bot on 4.23.1 can make without touching its own logic: connector clients share one JSON contract
/// resolver instead of rebuilding every contract each turn. With ECHO_SHARED_RESOLVER=1 the echo bot runs with it, so
/// the benchmark can show what the SDK itself costs per turn once that waste is gone (the floor any bot on it stands on).
/// </summary>
internal sealed class SharedResolverAuthentication(BotFrameworkAuthentication inner) : BotFrameworkAuthentication
{
    private static readonly ReadOnlyJsonContractResolver Resolver = new();

    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        var result = await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken).ConfigureAwait(false);
        result.ConnectorFactory = new Factory(result.ConnectorFactory);
        return result;
    }

    public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken);

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) => new Factory(inner.CreateConnectorFactory(claimsIdentity));

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken);

    private sealed class Factory(ConnectorFactory inner) : ConnectorFactory
    {
        public override async Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken)
        {
            var client = await inner.CreateAsync(serviceUrl, audience, cancellationToken).ConfigureAwait(false);
            client.SerializationSettings.ContractResolver = Resolver;
            client.DeserializationSettings.ContractResolver = Resolver;
            return client;
        }
    }
}

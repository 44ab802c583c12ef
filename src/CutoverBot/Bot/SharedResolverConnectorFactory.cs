using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;

namespace CutoverBot.Bot;

/// <summary>Creates connector clients as the SDK does, then points them at the shared contract resolver.</summary>
internal sealed class SharedResolverConnectorFactory(ConnectorFactory inner) : ConnectorFactory
{
    public override async Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken) =>
        SharedContractResolver.Share(await inner.CreateAsync(serviceUrl, audience, cancellationToken));

    public static ConnectorFactory Wrap(ConnectorFactory factory) =>
        factory is null or SharedResolverConnectorFactory ? factory! : new SharedResolverConnectorFactory(factory);
}

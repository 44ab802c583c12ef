using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Rest;

namespace CutoverBot.Tests.Security;

/// <summary>
/// The SDK's own credentials factory (so the app id check on incoming tokens is the real one), except that calls
/// to the Bot Connector carry a made-up token instead of one fetched from Entra ID over the network.
/// </summary>
public sealed class AuthenticationCredentials(IConfiguration configuration) : ConfigurationServiceClientCredentialFactory(configuration)
{
    public const string OutgoingToken = "outgoing-test-token";

    public override Task<ServiceClientCredentials> CreateCredentialsAsync(string appId, string audience, string loginEndpoint, bool validateAuthority, CancellationToken cancellationToken) =>
        Task.FromResult<ServiceClientCredentials>(new TokenCredentials(OutgoingToken));
}

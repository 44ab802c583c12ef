using CutoverBot.Bot;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace CutoverBot.Tests.Hosting;

/// <summary>The user-token client the adapter asks for on every turn is built only when something signs a user in.</summary>
public sealed class LazyUserTokenClientTests
{
    [Fact]
    public async Task Turn_ThatNeverSignsAnyoneIn_BuildsNoUserTokenClient_AndOneThatDoes_IsAnsweredByTheRealOne()
    {
        var built = 0;
        var real = new Recording();
        using var unused = new LazyUserTokenClient(() => { built++; return Task.FromResult<UserTokenClient>(real); });
        Assert.Equal(0, built);

        using var used = new LazyUserTokenClient(() => { built++; return Task.FromResult<UserTokenClient>(real); });
        var token = await used.GetUserTokenAsync("29:sam", "graph", "msteams", null!, CancellationToken.None);
        await used.SignOutUserAsync("29:sam", "graph", "msteams", CancellationToken.None);

        Assert.Equal(1, built);
        Assert.Equal("token-for-29:sam", token.Token);
        Assert.Equal(["get 29:sam", "sign out 29:sam"], real.Calls);
    }

    [Fact]
    public async Task Dispose_DisposesTheRealClientOnlyIfOneWasBuilt()
    {
        var real = new Recording();
        new LazyUserTokenClient(() => Task.FromResult<UserTokenClient>(real)).Dispose();
        Assert.False(real.Disposed);

        var used = new LazyUserTokenClient(() => Task.FromResult<UserTokenClient>(real));
        await used.GetTokenStatusAsync("29:sam", "msteams", "", CancellationToken.None);
        used.Dispose();
        Assert.True(real.Disposed);
    }

    private sealed class Recording : UserTokenClient
    {
        public List<string> Calls { get; } = [];

        public bool Disposed { get; private set; }

        public override Task<TokenResponse> GetUserTokenAsync(string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken)
        {
            Calls.Add("get " + userId);
            return Task.FromResult(new TokenResponse { Token = "token-for-" + userId });
        }

        public override Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken)
        {
            Calls.Add("sign out " + userId);
            return Task.CompletedTask;
        }

        public override Task<TokenStatus[]> GetTokenStatusAsync(string userId, string channelId, string includeFilter, CancellationToken cancellationToken) =>
            Task.FromResult(Array.Empty<TokenStatus>());

        public override Task<SignInResource> GetSignInResourceAsync(string connectionName, Activity activity, string finalRedirect, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public override Task<Dictionary<string, TokenResponse>> GetAadTokensAsync(string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public override Task<TokenResponse> ExchangeTokenAsync(string userId, string connectionName, string channelId, TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}

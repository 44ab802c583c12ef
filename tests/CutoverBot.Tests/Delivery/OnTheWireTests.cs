using System.Net;
using CutoverBot.Delivery;
using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests.Delivery;

/// <summary>
/// A morning post is marked Sending from inside the HTTP pipeline, as its request leaves, so a bot killed while the
/// SDK was still building the client or fetching a token leaves it Claimed (sent after the restart), not Sending.
/// </summary>
public sealed class OnTheWireTests : IAsyncLifetime
{
    private DeliveryHarness _h = null!;

    public async Task InitializeAsync() => _h = await DeliveryHarness.StartAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task SendCard_ToldOnTheWireAsTheRequestLeaves_AndOffItWhenItComesBackRefused()
    {
        var practice = _h.AddPractice();
        _h.Connector.Script.Enqueue(new ScriptedReply(503));
        var told = new List<(bool OnWire, int PostsArrived)>();
        int PostsArrived() => _h.Connector.Calls.Count(c => c.IsNewPost);

        var result = await _h.Driver.RunAsync(_h.Sender.SendCardAsync(practice, null, DeliveryHarness.Card("today"),
            onWire => told.Add((onWire, PostsArrived())), CancellationToken.None));

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        // Each "on the wire" comes before its request reaches the connector; the refused one is taken back.
        Assert.Equal([(true, 0), (false, 1), (true, 1)], told);
        Assert.Equal(2, PostsArrived());
    }

    [Theory]
    [InlineData("POST", "https://smba.example/v3/conversations/19:a/activities", true)]
    [InlineData("POST", "https://smba.example/v3/conversations/19:a/activities/1:abc", true)]
    [InlineData("GET", "https://smba.example/v3/conversations/19:a/members/29:sam", false)]
    [InlineData("POST", "https://login.example/botframework.com/oauth2/v2.0/token", false)]
    [InlineData("POST", "https://smba.example/v3/conversations", false)]
    public async Task Handler_TellsOnlyForRequestsThatPostAnActivity(string method, string url, bool tells)
    {
        var told = 0;
        using var client = new HttpMessageInvoker(new OnTheWireHandler { InnerHandler = new Answering() });

        await OnTheWire.RunAsync(() => told++, () => client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url), CancellationToken.None));
        await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url), CancellationToken.None);

        Assert.Equal(tells ? 1 : 0, told);
    }

    private sealed class Answering : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK));
    }
}

using CutoverBot.Core.Practices;
using CutoverBot.Delivery;
using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests.Delivery;

public sealed class ProactiveSenderTests : IAsyncLifetime
{
    private DeliveryHarness _h = null!;

    public async Task InitializeAsync() => _h = await DeliveryHarness.StartAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task SendCardAsync_ChannelPost_PostsTopLevelAdaptiveCardToTheChannel()
    {
        var practice = _h.AddPractice();

        var result = await _h.SendAsync(practice, text: "Cutover day 3 of 5");

        var request = Assert.Single(_h.Connector.Calls);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v3/conversations/19:team-a@thread.tacv2/activities", Uri.UnescapeDataString(request.Path));
        Assert.Null(request.ActivityId);
        Assert.Equal("application/vnd.microsoft.card.adaptive", request.Body!["attachments"]![0]!["contentType"]!.GetValue<string>());
        Assert.Equal("Cutover day 3 of 5", request.CardText);
        Assert.Equal(SendOutcome.Sent, result.Outcome);
        Assert.StartsWith("activity-", result.ActivityId);
        Assert.Equal(practice.ChannelId, result.ConversationId);
    }

    [Fact]
    public async Task SendCardAsync_429WithRetryAfter_WaitsExactlyThatLongThenSends()
    {
        var practice = _h.AddPractice();
        _h.Connector.Script.Enqueue(new ScriptedReply(429, RetryAfter: "7"));

        var result = await _h.SendAsync(practice);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        var requests = _h.Connector.Calls;
        Assert.Equal(2, requests.Count);
        Assert.Equal(TimeSpan.FromSeconds(7), requests[1].At - requests[0].At);
    }

    [Fact]
    public async Task SendCardAsync_429WithoutRetryAfter_BacksOffExponentiallyWithJitterAndSends()
    {
        var practice = _h.AddPractice();
        _h.Connector.Script.Enqueue(new ScriptedReply(429), new ScriptedReply(429), new ScriptedReply(429));

        var result = await _h.SendAsync(practice);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        var at = _h.Connector.Calls.Select(r => r.At).ToArray();
        Assert.Equal(4, at.Length);
        // Base 1 s, doubling, each wait scaled by a random factor in [0.5, 1).
        for (var i = 1; i < at.Length; i++)
        {
            var full = TimeSpan.FromSeconds(Math.Pow(2, i - 1));
            Assert.InRange(at[i] - at[i - 1], full / 2, full);
        }
    }

    [Fact]
    public async Task SendCardAsync_429EveryTime_ReportsThrottledAfterMaxAttempts()
    {
        var practice = _h.AddPractice();
        _h.Connector.Script.Rule = _ => new ScriptedReply(429);

        var result = await _h.SendAsync(practice);

        Assert.Equal(SendOutcome.Throttled, result.Outcome);
        Assert.Equal(new DeliveryOptions().MaxAttempts, _h.Connector.Calls.Count);
        Assert.True(_h.Practices.Find(practice.Id)!.Active);
    }

    [Fact]
    public async Task SendCardAsync_RetryAfterLongerThanWorthWaiting_ReportsThrottledWithoutWaiting()
    {
        var practice = _h.AddPractice();
        _h.Connector.Script.Enqueue(new ScriptedReply(429, RetryAfter: "3600"));

        var result = await _h.SendAsync(practice);

        Assert.Equal(SendOutcome.Throttled, result.Outcome);
        Assert.Single(_h.Connector.Calls);
        Assert.Equal(DeliveryHarness.Start, _h.Time.GetUtcNow());
    }

    [Theory]
    [InlineData(503)]
    [InlineData(502)]
    [InlineData(504)]
    [InlineData(412)]
    public async Task SendCardAsync_TransientServerError_RetriesAndSends(int status)
    {
        var practice = _h.AddPractice();
        _h.Connector.Script.Enqueue(new ScriptedReply(status, ErrorCode: "ServiceError"), new ScriptedReply(status, ErrorCode: "ServiceError"));

        var result = await _h.SendAsync(practice);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        Assert.Equal(3, _h.Connector.Calls.Count);
        Assert.True(_h.Connector.Calls[2].At > _h.Connector.Calls[0].At);
    }

    [Fact]
    public async Task SendCardAsync_403_MarksPracticeInactiveWithoutRetrying()
    {
        var practice = _h.AddPractice();
        _h.Connector.Script.Enqueue(new ScriptedReply(403, ErrorCode: "Forbidden"));

        var result = await _h.SendAsync(practice);

        Assert.Equal(SendOutcome.Gone, result.Outcome);
        Assert.Single(_h.Connector.Calls);
        Assert.False(_h.Practices.Find(practice.Id)!.Active);
    }

    [Theory]
    [InlineData(404, "BotNotInConversationRoster")]
    [InlineData(404, "ConversationNotFound")]
    public async Task SendCardAsync_BotNoLongerInConversation_MarksPracticeInactive(int status, string code)
    {
        var practice = _h.AddPractice();
        _h.Connector.Script.Enqueue(new ScriptedReply(status, ErrorCode: code));

        var result = await _h.SendAsync(practice);

        Assert.Equal(SendOutcome.Gone, result.Outcome);
        Assert.Single(_h.Connector.Calls);
        Assert.False(_h.Practices.Find(practice.Id)!.Active);
    }

    [Fact]
    public async Task SendCardAsync_500_FailsWithoutRetryAndKeepsPracticeActive()
    {
        var practice = _h.AddPractice();
        _h.Connector.Script.Enqueue(new ScriptedReply(500, ErrorCode: "ServiceError"));

        var result = await _h.SendAsync(practice);

        Assert.Equal(SendOutcome.Failed, result.Outcome);
        Assert.Single(_h.Connector.Calls);
        Assert.True(_h.Practices.Find(practice.Id)!.Active);
    }

    [Fact]
    public async Task SendCardAsync_ManagerWithoutPersonalChat_CreatesTheChatThenPostsAndRemembersIt()
    {
        var practice = _h.AddPractice(managerUserId: "29:manager");

        var first = await _h.SendAsync(practice, "29:manager");
        var second = await _h.SendAsync(practice, "29:manager");

        var requests = _h.Connector.Calls;
        Assert.Equal(3, requests.Count);
        Assert.True(requests[0].IsCreateConversation);
        Assert.Equal("29:manager", requests[0].Body!["members"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(DeliveryHarness.TenantId, requests[0].Body!["channelData"]!["tenant"]!["id"]!.GetValue<string>());
        Assert.Equal(first.ConversationId, requests[1].ConversationId);
        Assert.Equal(first.ConversationId, requests[2].ConversationId);
        Assert.StartsWith("a:personal-", first.ConversationId);
        Assert.Equal(SendOutcome.Sent, second.Outcome);
        Assert.Equal(first.ConversationId, _h.Practices.FindUser("29:manager")!.PersonalConversationId);
    }

    [Fact]
    public async Task SendCardAsync_ManagerBlockedTheBot_ForgetsTheChatButKeepsThePracticeActive()
    {
        var practice = _h.AddPractice(managerUserId: "29:manager");
        _h.Practices.UpsertUser(new ChatUserRecord { Id = "29:manager", PersonalConversationId = "a:old-chat" });
        _h.Connector.Script.Enqueue(new ScriptedReply(403, ErrorCode: "ConversationBlockedByUser"));

        var result = await _h.SendAsync(practice, "29:manager");

        Assert.Equal(SendOutcome.Gone, result.Outcome);
        Assert.Single(_h.Connector.Calls);
        Assert.True(_h.Practices.Find(practice.Id)!.Active);
        Assert.Null(_h.Practices.FindUser("29:manager")!.PersonalConversationId);
    }

    [Fact]
    public async Task UpdateCardAsync_PostedCard_ReplacesItInPlace()
    {
        var practice = _h.AddPractice();

        var result = await _h.Driver.RunAsync(_h.Sender.UpdateCardAsync(practice, practice.ChannelId, "activity-41", DeliveryHarness.Card("superseded"), CancellationToken.None));

        var request = Assert.Single(_h.Connector.Calls);
        Assert.True(request.IsUpdate);
        Assert.Equal(practice.ChannelId, request.ConversationId);
        Assert.Equal("activity-41", request.ActivityId);
        Assert.Equal("superseded", request.CardText);
        Assert.Equal(SendOutcome.Sent, result.Outcome);
    }
}

namespace CutoverBot.Tests.Delivery;

/// <summary>The scheduler delivering through the real sender to a local connector.</summary>
public sealed class MorningDeliveryTests : IAsyncLifetime
{
    private MorningDeliveryRig _rig = null!;

    private static DateTimeOffset Utc(int d, int h, int min = 0) => new(2027, 1, d, h, min, 0, TimeSpan.Zero);

    public async Task InitializeAsync() => _rig = new MorningDeliveryRig(await DeliveryHarness.StartAsync());

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task Scheduler_SecondMorning_PostsNewCardAndPutsSupersededVersionOverYesterdays()
    {
        var practice = _rig.H.AddPractice(managerUserId: "29:manager");
        await _rig.StartAsync();

        await _rig.H.Driver.AdvanceToAsync(Utc(12, 12));

        var requests = _rig.H.Connector.Requests;
        var channelPosts = requests.Where(r => r.IsNewPost && r.ConversationId == practice.ChannelId).ToList();
        Assert.Equal([Utc(11, 8), Utc(12, 8)], channelPosts.Select(r => r.At));
        var put = Assert.Single(requests, r => r.IsUpdate);
        Assert.Equal(practice.ChannelId, put.ConversationId);
        Assert.Equal("superseded 19:team-a@thread.tacv2 2027-01-11", put.CardText);
        var day1 = _rig.PostLog.Find(practice.Id, Core.Checklist.MorningPostKind.ChannelChecklist, new DateOnly(2027, 1, 11))!;
        Assert.Equal(day1.ActivityId, put.ActivityId);
        // The manager's chat is created once and reused the next morning.
        Assert.Single(requests, r => r.IsCreateConversation);
        Assert.Equal(2, requests.Count(r => r.IsNewPost && r.ConversationId!.StartsWith("a:personal-", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Scheduler_BotRemovedFromTeam_PracticeGoesInactiveAndGetsNoMorePosts()
    {
        var practice = _rig.H.AddPractice(managerUserId: "29:manager");
        _rig.H.Connector.Rule = r => r.ConversationId == practice.ChannelId ? new ScriptedReply(403, ErrorCode: "BotNotInConversationRoster") : null;
        await _rig.StartAsync();

        await _rig.H.Driver.AdvanceToAsync(Utc(14, 12));

        var request = Assert.Single(_rig.H.Connector.Requests);
        Assert.Equal(Utc(11, 8), request.At);
        Assert.False(_rig.H.Practices.Find(practice.Id)!.Active);
    }
}

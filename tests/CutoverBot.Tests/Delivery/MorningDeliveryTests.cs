using CutoverBot.Core.Scheduling;
using CutoverBot.Tests.Infrastructure;

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

        var requests = _rig.H.Connector.Calls;
        var channelPosts = requests.Where(r => r.IsNewPost && r.ConversationId == practice.ChannelId).ToList();
        Assert.Equal([Utc(11, 8), Utc(12, 8)], channelPosts.Select(r => r.At));
        var put = Assert.Single(requests, r => r.IsUpdate);
        Assert.Equal(practice.ChannelId, put.ConversationId);
        Assert.Equal("superseded 19:team-a@thread.tacv2 2027-01-11", put.CardText);
        var day1 = _rig.PostLog.Find(practice.Id, CutoverBot.Core.Scheduling.MorningPostKind.ChannelChecklist, new DateOnly(2027, 1, 11))!;
        Assert.Equal(day1.ActivityId, put.ActivityId);
        // The manager's chat is created once and reused the next morning.
        Assert.Single(requests, r => r.IsCreateConversation);
        Assert.Equal(2, requests.Count(r => r.IsNewPost && r.ConversationId!.StartsWith("a:personal-", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Scheduler_BotRemovedFromTeam_PracticeGoesInactiveAndGetsNoMorePosts()
    {
        var practice = _rig.H.AddPractice(managerUserId: "29:manager");
        _rig.H.Connector.Script.Rule = r => r.ConversationId == practice.ChannelId ? new ScriptedReply(403, ErrorCode: "BotNotInConversationRoster") : null;
        await _rig.StartAsync();

        await _rig.H.Driver.AdvanceToAsync(Utc(14, 12));

        var request = Assert.Single(_rig.H.Connector.Calls);
        Assert.Equal(Utc(11, 8), request.At);
        Assert.False(_rig.H.Practices.Find(practice.Id)!.Active);
    }

    [Fact]
    public async Task Scheduler_NudgesAfterGoLive_EachPersonInTheirOwnChatAndOneWhoBlockedTheBotStopsNobodyElse()
    {
        var practice = _rig.H.AddPractice(managerUserId: "29:manager");
        practice.GoLiveDate = new DateOnly(2027, 1, 10);
        _rig.H.Practices.Upsert(practice);
        _rig.H.Practices.UpsertUser(new Core.Practices.ChatUserRecord { Id = "29:sam", PersonalConversationId = "a:sam-chat" });
        _rig.H.Practices.UpsertUser(new Core.Practices.ChatUserRecord { Id = "29:blocked", PersonalConversationId = "a:blocked-chat" });
        _rig.Planner.NudgeRecipients = (_, _) => ["29:sam", "29:alex", "29:blocked"];
        _rig.H.Connector.Script.Rule = r => r.ConversationId == "a:blocked-chat" ? new ScriptedReply(403, ErrorCode: "ConversationBlockedByUser") : null;
        await _rig.StartAsync();

        await _rig.H.Driver.AdvanceToAsync(Utc(11, 12));

        var posts = _rig.H.Connector.Calls.Where(r => r.IsNewPost && r.CardText!.StartsWith("nudge", StringComparison.Ordinal)).ToList();
        Assert.Equal("a:sam-chat", Assert.Single(posts, p => p.CardText!.StartsWith("nudge 29:sam", StringComparison.Ordinal)).ConversationId);
        var alex = Assert.Single(posts, p => p.CardText!.StartsWith("nudge 29:alex", StringComparison.Ordinal));
        // Alex had no chat with the bot: it is created for the nudge and kept for tomorrow's.
        Assert.Contains(_rig.H.Connector.Calls, r => r.IsCreateConversation && r.Body!["members"]![0]!["id"]!.GetValue<string>() == "29:alex");
        Assert.Equal(alex.ConversationId, _rig.H.Practices.FindUser("29:alex")!.PersonalConversationId);
        Assert.True(_rig.H.Practices.Find(practice.Id)!.Active);
        Assert.Null(_rig.H.Practices.FindUser("29:blocked")!.PersonalConversationId);
        var key = new Core.Scheduling.PostKey(practice.Id, CutoverBot.Core.Scheduling.MorningPostKind.ReentryNudge, new DateOnly(2027, 1, 11), "29:blocked");
        Assert.Equal(Core.Scheduling.PostStatus.GaveUp, _rig.PostLog.Find(key)!.Status);
    }
}

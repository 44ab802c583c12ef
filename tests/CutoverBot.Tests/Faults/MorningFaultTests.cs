using CutoverBot.Core.Scheduling;
using CutoverBot.Tests.Delivery;
using CutoverBot.Tests.Infrastructure;
using CutoverBot.Tests.Scheduling;

namespace CutoverBot.Tests.Faults;

/// <summary>Morning cards when the Bot Connector is down, and when the bot is stopped in the middle of the fan-out.</summary>
public sealed class MorningFaultTests : IAsyncDisposable
{
    private static readonly DateOnly Day = new(2027, 1, 11);
    private MorningDeliveryRig? _rig;
    private SchedulerHarness? _h;

    private static DateTimeOffset Utc(int h, int min = 0, int s = 0) => new(2027, 1, 11, h, min, s, TimeSpan.Zero);

    [Fact]
    public async Task Scheduler_ConnectorDownThirtySeconds_EachPracticeGetsItsCardOnceWhenItComesBack()
    {
        _rig = new MorningDeliveryRig(await DeliveryHarness.StartAsync(), parallelPractices: 2);
        var practices = Enumerable.Range(0, 3).Select(i => _rig.H.AddPractice($"19:team-{i}@thread.tacv2")).ToList();
        var back = Utc(8, 0, 30);
        _rig.H.Connector.Script.Rule = call => call.At < back ? new ScriptedReply(503) : null;
        await _rig.StartAsync();

        await _rig.H.Driver.AdvanceToAsync(Utc(9));

        Assert.Contains(_rig.H.Connector.Calls, c => c.At < back);
        foreach (var practice in practices)
        {
            var delivered = _rig.H.Connector.Calls.Where(c => c.IsNewPost && c.ConversationId == practice.ChannelId && c.At >= back).ToList();
            Assert.Single(delivered);
            Assert.Equal(PostStatus.Sent, _rig.PostLog.Find(practice.Id, MorningPostKind.ChannelChecklist, Day)!.Status);
        }
    }

    [Fact]
    public async Task Scheduler_KilledMidFanOut_RestartSendsWhatNeverLeftAndNothingTwice()
    {
        _h = new SchedulerHarness(Utc(8));
        var sent = _h.AddPractice("19:sent@thread.tacv2", manager: null);
        var waiting = _h.AddPractice("19:waiting@thread.tacv2", manager: null);
        var withTeams = _h.AddPractice("19:with-teams@thread.tacv2", manager: null);
        var untouched = _h.AddPractice("19:untouched@thread.tacv2", manager: null);
        // What kill -9 leaves: one post done, one claimed but still waiting for Teams' rate limit, one whose request was
        // with the connector, one not reached yet.
        Claim(sent);
        _h.PostLog.MarkSent(Key(sent), "activity-1", sent.ChannelId, Utc(8));
        Claim(waiting);
        Claim(withTeams);
        _h.PostLog.MarkOnWire(Key(withTeams), onWire: true);

        await _h.RestartAtAsync(Utc(8, 1));
        await _h.RunUntilAsync(Utc(12));

        Assert.Equal(new[] { waiting.Id, untouched.Id }.Order(StringComparer.Ordinal), _h.ChannelPosts.Select(p => p.PracticeId).Order(StringComparer.Ordinal));
        Assert.Equal(PostStatus.Sent, _h.PostLog.Find(Key(waiting))!.Status);
        Assert.Equal(PostStatus.Sending, _h.PostLog.Find(Key(withTeams))!.Status);
    }

    [Fact]
    public async Task Scheduler_PostRefusedOnce_MarkedBackFromTeamsAndSentAtTheRetry()
    {
        _rig = new MorningDeliveryRig(await DeliveryHarness.StartAsync());
        var practice = _rig.H.AddPractice();
        _rig.H.Connector.Script.Enqueue(new ScriptedReply(400, ErrorCode: "BadSyntax"));
        await _rig.StartAsync();

        await _rig.H.Driver.AdvanceToAsync(Utc(12));

        var record = _rig.PostLog.Find(practice.Id, MorningPostKind.ChannelChecklist, Day)!;
        Assert.Equal(PostStatus.Sent, record.Status);
        Assert.Equal(2, record.Attempts);
        Assert.Equal(2, _rig.H.Connector.Calls.Count(c => c.IsNewPost && c.ConversationId == practice.ChannelId));
    }

    private void Claim(Core.Practices.Practice practice) => Assert.True(_h!.PostLog.TryClaim(Key(practice), Utc(8)));

    private static PostKey Key(Core.Practices.Practice practice) => new(practice.Id, MorningPostKind.ChannelChecklist, Day);

    public async ValueTask DisposeAsync()
    {
        if (_rig is not null) await _rig.DisposeAsync();
        if (_h is not null) await _h.DisposeAsync();
    }
}

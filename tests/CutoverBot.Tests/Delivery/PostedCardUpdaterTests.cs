using CutoverBot.Core.Cards;
using CutoverBot.Core.Checklist;
using CutoverBot.Core.Scheduling;
using CutoverBot.Delivery;
using CutoverBot.Tests.Scheduling;

namespace CutoverBot.Tests.Delivery;

public sealed class PostedCardUpdaterTests : IAsyncDisposable
{
    private static readonly DateOnly GoLive = new(2027, 3, 29);
    private readonly SchedulerHarness _h = new(new DateTimeOffset(2027, 3, 30, 9, 0, 0, TimeSpan.Zero));

    private PostedCardUpdater Updater() => new(_h.PostLog, _h.Sender, new FakeCardRenderer());

    [Fact]
    public async Task UpdateGoLiveCardAsync_GoLiveCardPosted_ReplacesThatMessageInPlace()
    {
        var practice = _h.AddPractice(goLive: GoLive);
        var key = new PostKey(practice.Id, MorningPostKind.GoLiveChannel, GoLive);
        _h.PostLog.TryClaim(key, _h.Time.GetUtcNow());
        _h.PostLog.MarkSent(key, "activity-golive", practice.ChannelId, _h.Time.GetUtcNow());

        var result = await Updater().UpdateGoLiveCardAsync(practice, new CardReply("fake", "3 of 4 re-entered"), CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, result!.Outcome);
        var update = Assert.Single(_h.Sender.Sent);
        Assert.Equal((true, "activity-golive", practice.ChannelId, "3 of 4 re-entered"), (update.IsUpdate, update.ActivityId, update.ConversationId, update.Text));
    }

    [Fact]
    public async Task UpdateGoLiveCardAsync_OnlyAChecklistCardPostedThatDay_NothingUpdated()
    {
        var practice = _h.AddPractice(goLive: GoLive);
        var key = new PostKey(practice.Id, MorningPostKind.ChannelChecklist, GoLive);
        _h.PostLog.TryClaim(key, _h.Time.GetUtcNow());
        _h.PostLog.MarkSent(key, "activity-checklist", practice.ChannelId, _h.Time.GetUtcNow());

        Assert.Null(await Updater().UpdateGoLiveCardAsync(practice, new CardReply("fake", "progress"), CancellationToken.None));
        Assert.Empty(_h.Sender.Sent);
    }

    public async ValueTask DisposeAsync() => await _h.DisposeAsync();
}

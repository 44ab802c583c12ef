using CutoverBot.Core.Storage;
using CutoverBot.Delivery;
using CutoverBot.Tests.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Time.Testing;

namespace CutoverBot.Tests.Faults;

/// <summary>A turn's reply that the connector does not answer in time: queued, then settled by the send itself.</summary>
public sealed class OutboxTurnSenderTests : IDisposable
{
    private readonly CutoverDatabase _db = new(":memory:");
    private readonly LogCapture _logs = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2027, 1, 11, 9, 0, 0, TimeSpan.Zero));
    private readonly OutboxStore _outbox;
    private readonly OutboxTurnSender _sender;
    private readonly TurnContext _turn;

    public OutboxTurnSenderTests()
    {
        _outbox = new OutboxStore(_db);
        _sender = new OutboxTurnSender(_outbox, _time, Microsoft.Extensions.Options.Options.Create(new OutboxOptions { TurnSendBudget = TimeSpan.FromSeconds(8) }),
            _logs.For<OutboxTurnSender>());
        _turn = new TurnContext(new TestAdapter(), new Activity { Type = ActivityTypes.Message, Id = "in-1", Conversation = new ConversationAccount(id: "a:chat") });
        _sender.Guard(_turn);
    }

    [Fact]
    public async Task SendAsync_NoAnswerWithinBudget_QueuedHeldAndRemovedWhenTheSendSucceeds()
    {
        var answer = new TaskCompletionSource<ResourceResponse>();

        var sending = _sender.SendAsync(_turn, [Reply("a:chat")], _ => answer.Task);
        _time.Advance(TimeSpan.FromSeconds(8));

        Assert.Null(await sending);
        Assert.Equal(1, _outbox.Count);
        Assert.Empty(_outbox.Heads());
        answer.SetResult(new ResourceResponse("sent-late"));
        Assert.Equal(0, _outbox.Count);
    }

    [Fact]
    public async Task SendAsync_NoAnswerWithinBudgetThenFails_ReleasedToTheDeliverer()
    {
        var answer = new TaskCompletionSource<ResourceResponse>();

        var sending = _sender.SendAsync(_turn, [Reply("a:chat")], _ => answer.Task);
        _time.Advance(TimeSpan.FromSeconds(8));
        await sending;
        answer.SetException(new HttpRequestException("connection reset"));

        var head = Assert.Single(_outbox.Heads());
        Assert.Equal("reply a:chat", _outbox.Open(head).Text);
    }

    [Fact]
    public async Task SendAsync_EarlierReplyWaiting_QueuedBehindItWithoutTryingTheConnector()
    {
        _outbox.Add(Reply("a:chat", "first"), "tenant", held: false, _time.GetUtcNow());
        var tried = false;

        var result = await _sender.SendAsync(_turn, [Reply("a:chat", "second")], _ =>
        {
            tried = true;
            return Task.FromResult(new ResourceResponse("x"));
        });

        Assert.Null(result);
        Assert.False(tried);
        Assert.Equal("first", _outbox.Open(Assert.Single(_outbox.Heads())).Text);
        Assert.Equal(2, _outbox.Count);
    }

    [Fact]
    public void OutboxStore_Reopened_HeldRowsBelongToTheDeliverer()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cutover-outbox-{Guid.NewGuid():N}.db");
        long id;
        using (var before = new CutoverDatabase(path))
        {
            id = new OutboxStore(before).Add(Reply("a:chat", "Margaret Evans 14/02/1948"), "tenant", held: true, _time.GetUtcNow());
        }

        using (var after = new CutoverDatabase(path))
        {
            var reopened = new OutboxStore(after);
            var head = Assert.Single(reopened.Heads());
            Assert.Equal(id, head.Id);
            Assert.Equal("Margaret Evans 14/02/1948", reopened.Open(head).Text);
        }
        File.Delete(path);
    }

    private static Activity Reply(string conversationId, string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text ?? "reply " + conversationId,
        ServiceUrl = "http://127.0.0.1:1/",
        Conversation = new ConversationAccount(id: conversationId),
    };

    public void Dispose()
    {
        _db.Dispose();
        _logs.AssertNoLeaks();
    }
}

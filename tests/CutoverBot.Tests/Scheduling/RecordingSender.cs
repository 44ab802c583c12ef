using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using CutoverBot.Core.Practices;
using CutoverBot.Delivery;

namespace CutoverBot.Tests.Scheduling;

/// <summary>Records what the scheduler asks to send, with the fake time, and answers Sent unless told otherwise.</summary>
public sealed class RecordingSender(TimeProvider time) : IProactiveSender
{
    private readonly ConcurrentQueue<SentCard> _sent = new();
    private int _next;

    public IReadOnlyList<SentCard> Sent => _sent.ToArray();

    /// <summary>Decides the outcome of each send or update; null means Sent.</summary>
    public Func<SentCard, SendOutcome?>? Outcome { get; set; }

    /// <summary>A real-time pause inside each send, to widen race windows.</summary>
    public TimeSpan RealPause { get; set; }

    public Task<SendResult> SendCardAsync(Practice practice, string? recipientUserId, string cardJson, CancellationToken cancellationToken) =>
        RecordAsync(new SentCard(false, practice.Id, recipientUserId, recipientUserId is null ? practice.ChannelId : "a:" + recipientUserId,
            "act-" + Interlocked.Increment(ref _next), TextOf(cardJson), time.GetUtcNow()));

    /// <summary>As the real sender: on the wire just before the send, off it again when the send fails.</summary>
    public async Task<SendResult> SendCardAsync(Practice practice, string? recipientUserId, string cardJson, Action<bool> onWire, CancellationToken cancellationToken)
    {
        onWire(true);
        var result = await SendCardAsync(practice, recipientUserId, cardJson, cancellationToken);
        if (result.Outcome != SendOutcome.Sent) onWire(false);
        return result;
    }

    public Task<SendResult> UpdateCardAsync(Practice practice, string conversationId, string activityId, string cardJson, CancellationToken cancellationToken) =>
        RecordAsync(new SentCard(true, practice.Id, null, conversationId, activityId, TextOf(cardJson), time.GetUtcNow()));

    private async Task<SendResult> RecordAsync(SentCard card)
    {
        if (RealPause > TimeSpan.Zero) await Task.Delay(RealPause);
        var outcome = Outcome?.Invoke(card) ?? SendOutcome.Sent;
        if (outcome != SendOutcome.Sent) return new SendResult(outcome);
        _sent.Enqueue(card);
        return SendResult.Sent(card.ActivityId, card.ConversationId);
    }

    // The fake renderer's one-line card gives its text; a real card is kept whole.
    private static string TextOf(string json) =>
        JsonNode.Parse(json)!["body"] is JsonArray { Count: 1 } body && body[0]?["text"] is JsonValue text && text.TryGetValue<string>(out var value) ? value : json;
}

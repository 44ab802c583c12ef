namespace CutoverBot.Tests.Scheduling;

/// <summary>A card the scheduler sent (or updated in place) and the fake time it did so.</summary>
public sealed record SentCard(bool IsUpdate, string PracticeId, string? RecipientUserId, string ConversationId, string ActivityId, string Text, DateTimeOffset At)
{
    public bool IsChannelPost => !IsUpdate && RecipientUserId is null;
}

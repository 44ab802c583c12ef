namespace CutoverBot.Delivery;

/// <summary>
/// Told the activity id Teams gave a reply that was tagged when it was sent, whether the turn sent it or the outbox
/// delivered it later (after a restart, too), so a card can be found and updated in place afterwards.
/// </summary>
public interface IPostedReplyRecorder
{
    void Posted(string tag, string conversationId, string activityId);
}

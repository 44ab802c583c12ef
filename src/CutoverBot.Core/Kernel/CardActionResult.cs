
namespace CutoverBot.Core.Kernel;

/// <summary>
/// The answer to an Action.Execute: the card that replaces the one clicked (or a message when there is none),
/// an HTTP-style status (200, or 400 for bad data, 403 for someone else's entry), and any further messages to send.
/// </summary>
public sealed record CardActionResult(int StatusCode, CardReply? Card, string? Message, IReadOnlyList<OutgoingMessage> FollowUps)
{
    /// <summary>
    /// True when the card clicked is shared (a channel checklist): the host also updates the posted message so everyone
    /// sees the change, not only the person who clicked.
    /// </summary>
    public bool UpdateForEveryone { get; init; }

    /// <summary>
    /// The card everyone should see in the posted message when it differs from <see cref="Card"/>, which only the
    /// person who clicked sees (a user-specific view with patient details). The host updates the posted message with it.
    /// </summary>
    public CardReply? SharedCard { get; init; }

    /// <summary>
    /// The practice whose checklist ticks this action changed, if any: the host then brings that practice's posted
    /// checklist card up to date when it is not the card clicked (a tick on a card fetched on demand, or on yesterday's).
    /// </summary>
    public string? ChecklistChangedFor { get; init; }

    /// <summary>
    /// The practice whose re-entry progress this changed, if any: the host then brings that practice's posted go-live
    /// cards up to date, wherever the confirmation was made.
    /// </summary>
    public string? ReentryChangedFor { get; init; }

    /// <summary>
    /// The entry this action changed or deleted, if any: the host then brings the other cards it posted for that entry
    /// up to date (the channel reply after a correction made in personal chat, and every copy once it is removed).
    /// </summary>
    public Guid? EntryChanged { get; init; }

    public static CardActionResult Ok(CardReply card) => new(200, card, null, []);
    /// <summary>Done, with a message instead of a replacement card.</summary>
    public static CardActionResult Done(string message, params IReadOnlyList<OutgoingMessage> followUps) => new(200, null, message, followUps);
    public static CardActionResult BadRequest(string message) => new(400, null, message, []);
    public static CardActionResult Forbidden(string message) => new(403, null, message, []);
}

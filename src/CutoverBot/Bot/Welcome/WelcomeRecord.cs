namespace CutoverBot.Bot.Welcome;

/// <summary>
/// One greeting the bot owes: a team's welcome text and setup card, or a person's welcome in personal chat. Keyed so
/// that a second claim of the same greeting fails at the database, and kept after it is sent so a later install event
/// (the other of Teams' pair, a redelivery, an event that reaches a restarted bot) finds it done.
/// </summary>
internal sealed class WelcomeRecord
{
    /// <summary>See <see cref="IWelcomeStore.TeamKey"/> and <see cref="IWelcomeStore.PersonalKey"/>.</summary>
    public string Id { get; set; } = "";

    /// <summary>Which opening of the database is sending it now; null when nobody is (a send that failed let it go).</summary>
    public string? ClaimedBy { get; set; }

    public DateTimeOffset ClaimedAt { get; set; }

    /// <summary>How many times it has been claimed: more than one means an earlier sender stopped or failed.</summary>
    public int Attempts { get; set; }

    /// <summary>When the welcome text was handed to Teams (or to the outbox, which delivers it later).</summary>
    public DateTimeOffset? TextSentAt { get; set; }

    /// <summary>When the setup card was handed over; stays null for a greeting with no card.</summary>
    public DateTimeOffset? CardSentAt { get; set; }

    /// <summary>When every part was handed over: from then on nothing claims it.</summary>
    public DateTimeOffset? CompletedAt { get; set; }
}

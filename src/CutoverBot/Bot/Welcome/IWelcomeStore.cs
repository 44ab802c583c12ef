namespace CutoverBot.Bot.Welcome;

/// <summary>
/// Makes sure each greeting goes out once. Teams announces one install twice (installationUpdate and conversationUpdate,
/// concurrently, in either order, sometimes again later, and with several instances to different ones), so whoever
/// greets first claims the greeting here, in the database, before anything is posted. Each part is marked as it is
/// handed to Teams, and the greeting is marked complete at the end. A claim left by a sender that stopped before
/// completing is taken over by a later install event, which sends only the parts not yet marked. A practice would rather
/// get its welcome twice than not at all, so the one gap is a sender killed between Teams taking a part and its mark.
/// <see cref="WelcomeStore"/> (LiteDB) and <see cref="PostgreSql.PostgresWelcomeStore"/>.
/// </summary>
internal interface IWelcomeStore
{
    static string TeamKey(string teamId) => "team:" + teamId;

    static string PersonalKey(string userId) => "personal:" + userId;

    /// <summary>
    /// Claims the greeting for this caller. Null when it is complete, or being sent right now by another turn (of this
    /// instance or another). Otherwise the record as claimed: the parts already sent by an earlier claimant are marked in it.
    /// </summary>
    WelcomeRecord? TryClaim(string key, DateTimeOffset now);

    void MarkTextSent(string key, DateTimeOffset now);

    void MarkCardSent(string key, DateTimeOffset now);

    void Complete(string key, DateTimeOffset now);

    /// <summary>Lets go of a claim whose send failed, so the next install event can try again.</summary>
    void Release(string key);

    /// <summary>
    /// Forgets a greeting when the bot is added again after it was removed, so the new install is greeted (once): only
    /// one claimed no later than <paramref name="seenNewAt"/>, when the caller found the bot new to the team. The other
    /// install event, on another instance, may have found it new too and then claimed and sent the new greeting since;
    /// that claim is kept, or the slower event would forget it and greet a second time.
    /// </summary>
    void Forget(string key, DateTimeOffset seenNewAt);

    WelcomeRecord? Find(string key);
}

using CutoverBot.Core.Practices;
using CutoverBot.Core.Setup;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema.Teams;

namespace CutoverBot.Bot.Welcome;

/// <summary>
/// Says hello once per install: in a team, the welcome text and (until setup is done) the setup card; in a personal
/// chat, a few lines on what the bot is for. Teams announces each install with two events, so each greeting is claimed
/// in <see cref="IWelcomeStore"/> first and only the claimant posts.
/// </summary>
internal sealed class InstallGreeter(
    IWelcomeStore welcomes, IPracticeStore practices, PracticeInstaller installer, SetupCards setupCards, ReplySender sender, TimeProvider time,
    ILogger<InstallGreeter> logger)
{
    public Task GreetTeamAsync(ITurnContext turnContext, TeamInfo team, CancellationToken cancellationToken) =>
        GreetAsync(IWelcomeStore.TeamKey(team.Id), async claim =>
        {
            var practice = practices.Find(team.Id);
            if (claim.TextSentAt is null)
            {
                // A practice set up before the bot was removed keeps its setup: say so rather than offer the card again.
                var text = practice is { IsSetUp: true } ? WelcomeTexts.TeamAgain(practice) : WelcomeTexts.Team;
                await turnContext.SendActivityAsync(MessageFactory.Text(text), cancellationToken);
                welcomes.MarkTextSent(claim.Id, time.GetUtcNow());
            }
            if (claim.CardSentAt is null && practice is { IsSetUp: false })
            {
                var channels = await installer.ChannelsAsync(turnContext, team.Id, cancellationToken);
                // Read again after the lookup: the card remembers the channels on the practice, and must not write back
                // what another turn changed meanwhile. Set up meanwhile (typed setup), it needs no card.
                if (practices.Find(team.Id) is not { IsSetUp: false } current) return;
                var card = setupCards.Welcome(current, channels);
                await turnContext.SendActivityAsync(MessageFactory.Attachment(sender.CardAttachment(card)), cancellationToken);
                welcomes.MarkCardSent(claim.Id, time.GetUtcNow());
            }
        });

    public Task GreetPersonalAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.Activity.From?.Id is not { Length: > 0 } userId ? Task.CompletedTask : GreetAsync(IWelcomeStore.PersonalKey(userId), async claim =>
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(WelcomeTexts.Personal), cancellationToken);
            welcomes.MarkTextSent(claim.Id, time.GetUtcNow());
        });

    /// <summary>A person removed the app from their personal scope: greet them again if they add it back.</summary>
    public void ForgetPersonal(string userId) => welcomes.Forget(IWelcomeStore.PersonalKey(userId), time.GetUtcNow());

    private async Task GreetAsync(string key, Func<WelcomeRecord, Task> send)
    {
        if (welcomes.TryClaim(key, time.GetUtcNow()) is not { } claim) return;
        if (claim.Attempts > 1) WelcomeLog.TakenOver(logger, key, claim.Attempts);
        try
        {
            // A send the Bot Connector does not take in time is queued in the outbox, which delivers it later: that
            // counts as sent. Only a refusal (the bot was removed again, a malformed reply) gets here as an exception.
            await send(claim);
        }
        catch (Exception ex)
        {
            welcomes.Release(key);
            WelcomeLog.Failed(logger, key, ex.GetType().Name);
            if (ex is OperationCanceledException) throw;
            return;
        }
        welcomes.Complete(key, time.GetUtcNow());
    }
}

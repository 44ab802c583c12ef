using CutoverBot.Core.Scheduling;

namespace CutoverBot.Tests.Infrastructure;

/// <summary>A morning post claimed as the host's own fan-out claims it: under the fan-out lease, on either engine.</summary>
public static class MorningClaim
{
    public static bool TryClaim(BotFixture bot, PostKey key)
    {
        var now = bot.Time.GetUtcNow();
        // This instance's turn: the lease is the host's own (a re-take by its holder keeps the fence its scheduler has).
        var turn = bot.Service<IFanOutLease>().TryTake(now) ?? throw new InvalidOperationException("Another instance holds the morning lease.");
        return bot.Service<IPostLogStore>().TryClaim(key, now, turn);
    }
}

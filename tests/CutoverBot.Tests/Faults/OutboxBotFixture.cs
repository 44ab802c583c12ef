using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests.Faults;

/// <summary>The bot host with a one-second turn budget, so a test of the outbox spends little fake time in each turn.</summary>
public sealed class OutboxBotFixture : BotFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings() => new Dictionary<string, string?>
    {
        ["Outbox:TurnSendBudget"] = "00:00:01",
        ["Scheduler:Enabled"] = "false",
    };
}

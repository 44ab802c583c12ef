using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests.Operations;

/// <summary>The host with the bot's client secret expiring on Friday 20 March 2026, ten days after the fixture's clock.</summary>
public sealed class SecretExpiryFixture : BotFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings() => new Dictionary<string, string?>
    {
        ["SecretExpiry:MicrosoftAppPassword"] = "2026-03-20",
        ["Scheduler:Enabled"] = "false",
    };
}

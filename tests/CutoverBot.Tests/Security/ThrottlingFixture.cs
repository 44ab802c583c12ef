using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests.Security;

/// <summary>The bot with small throttling limits, so a flood takes a handful of messages.</summary>
public sealed class ThrottlingFixture : BotFixture
{
    public const int PerUser = 3;

    protected override IReadOnlyDictionary<string, string?> Settings() => new Dictionary<string, string?>
    {
        ["Throttling:PerUserPerMinute"] = PerUser.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Throttling:PerConversationPerMinute"] = "20",
    };
}

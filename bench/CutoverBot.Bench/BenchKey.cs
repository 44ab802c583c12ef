using CutoverBot.Core.Storage.Encryption;

namespace CutoverBot.Bench;

/// <summary>
/// The one encryption key of a run and the settings every CutoverBot process gets: the seeder seals with the key the bot
/// is configured with (Storage:EncryptionKey), as a deployed bot would be, instead of relying on Development's key file.
/// </summary>
internal static class BenchKey
{
    private static readonly DataKey Key = DataKey.Generate();

    public static KeyRing Ring { get; } = new(Key);

    /// <summary>
    /// Throttling stays on (its cost is part of every turn) with limits no bench user reaches: the load comes from 30
    /// staff at up to thousands of turns a minute, which no real practice sends, and a held-back reply would measure the
    /// limit, not the bot.
    /// </summary>
    public static Dictionary<string, string> BotSettings(string databasePath) => new()
    {
        ["Storage:DatabasePath"] = databasePath,
        ["Storage:EncryptionKey"] = Key.ToBase64(),
        ["Throttling:PerUserPerMinute"] = "100000",
        ["Throttling:PerConversationPerMinute"] = "100000",
    };
}

using CutoverBot.Core.Entries;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Storage;
using CutoverBot.Core.Storage.Encryption;

namespace CutoverBot.CrashTest;

/// <summary>
/// Practices and staff written straight into a database file before the bot starts (what install and setup would
/// have recorded), and the entries read back after it has stopped.
/// </summary>
internal static class CrashData
{
    public const string TenantId = "tenant-crash";
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateOnly LondonToday => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(TimeProvider.System.GetUtcNow(), London).DateTime);

    /// <summary>
    /// The database key of a run. Written beside the database before seeding, where the bot (in Development) picks it up,
    /// so the seeded file, the bot and the read-back all seal and open with the same key.
    /// </summary>
    public static CutoverDatabase Open(string databasePath) =>
        new(databasePath, new KeyRing(KeyFile.ReadOrCreate(KeyFile.PathFor(databasePath), out _)));

    public static string TeamId(int i) => $"19:crash-{i:D4}@thread.tacv2";

    public static string UserId(int i) => $"29:crash-user-{i}";

    /// <summary>
    /// Practices in the middle of their cutover, set up, with the morning post at midnight so today's card is due at
    /// once, and <paramref name="staff"/> members each, every one already with a personal chat.
    /// </summary>
    public static void Seed(string databasePath, string serviceUrl, int practices, int staff)
    {
        using var db = Open(databasePath);
        SeedInto(new PracticeStore(db), serviceUrl, practices, staff);
    }

    /// <summary>The same practices and staff, into either engine's practice store.</summary>
    public static void SeedInto(IPracticeStore store, string serviceUrl, int practices, int staff)
    {
        var today = LondonToday;
        for (var p = 0; p < practices; p++)
        {
            var id = TeamId(p);
            store.Upsert(new Practice
            {
                Id = id, Name = $"Crash Surgery {p}", TenantId = TenantId, ServiceUrl = serviceUrl, ChannelId = id,
                InstalledAt = TimeProvider.System.GetUtcNow().AddDays(-3), FdpDate = today.AddDays(-1), GoLiveDate = today.AddDays(6),
                SetUpOn = today.AddDays(-2), MorningPostTime = new TimeOnly(0, 0),
            });
            for (var u = 0; u < staff; u++)
            {
                var userId = UserId(u);
                store.UpsertMember(new PracticeMember { Id = PracticeMember.KeyFor(id, userId), PracticeId = id, UserId = userId, Name = $"Staff {u}", AadObjectId = "aad-" + userId });
                store.UpsertUser(new ChatUserRecord { Id = userId, Name = $"Staff {u}", AadObjectId = "aad-" + userId, TenantId = TenantId, ServiceUrl = serviceUrl, PersonalConversationId = "a:personal-" + userId });
            }
        }
    }

    /// <summary>Entry references of a practice, as stored, with how many entries carry each (more than one would be a double entry).</summary>
    public static Dictionary<string, int> StoredReferences(string databasePath, string practiceId)
    {
        using var db = Open(databasePath);
        return new EntryStore(db).ForPractice(practiceId).GroupBy(e => e.Reference).ToDictionary(g => g.Key, g => g.Count());
    }

    /// <summary>How many entries of a practice carry this patient text: a message taken in twice would show as 2.</summary>
    public static Dictionary<string, int> StoredByPatient(string databasePath, string practiceId)
    {
        using var db = Open(databasePath);
        return new EntryStore(db).ForPractice(practiceId).GroupBy(e => e.Patient.Name ?? "").ToDictionary(g => g.Key, g => g.Count());
    }

    public static string NewDatabasePath(string scenario)
    {
        var folder = Directory.CreateTempSubdirectory("cutoverbot-crash-");
        return Path.Combine(folder.FullName, scenario + ".db");
    }
}

using System.Globalization;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Parsing;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Storage;

namespace CutoverBot.Bench;

/// <summary>
/// Writes a database for the bot to open, through Core's own stores and mapper (so the bot reads exactly what it would
/// have written): set-up practices with rosters, and a given number of entries with references, authors and statuses
/// spread as a real cutover would have them. Synthetic names only.
/// </summary>
internal static class Seeder
{
    public const int StaffPerPractice = 30;

    public static string TeamId(int practice) => $"19:bench-{practice:000}@thread.tacv2";

    public static string StaffId(int practice, int staff) => $"29:staff-{practice:000}-{staff:00}";

    /// <summary>Practices of at most <paramref name="perPractice"/> entries each, <paramref name="total"/> in all, after go-live.</summary>
    public static void Entries(string path, string serviceUrl, int total, int perPractice, DateOnly today)
    {
        using var db = new CutoverDatabase(path, BenchKey.Ring);
        var practices = new PracticeStore(db);
        _ = new EntryStore(db); // creates the indexes before the bulk insert
        var entries = db.Collection<Entry>("entries");
        var counters = db.Collection<ReferenceCounter>("reference_counters");
        var now = DateTimeOffset.UtcNow;
        for (int p = 0, left = total; left > 0; p++)
        {
            var count = Math.Min(left, perPractice);
            left -= count;
            AddPractice(practices, p, serviceUrl, today.AddDays(-10), today.AddDays(-1), managed: true);
            var numbers = new int[EntryCategoryInfo.All.Count];
            var batch = new List<Entry>(count);
            for (var i = 0; i < count; i++)
            {
                var category = (EntryCategory)(i % numbers.Length);
                var author = i % StaffPerPractice;
                var status = (i % 10) switch { < 7 => EntryStatus.Pending, < 9 => EntryStatus.Reentered, _ => EntryStatus.NotNeeded };
                batch.Add(new Entry
                {
                    PracticeId = TeamId(p),
                    Reference = EntryCategoryInfo.For(category).ReferencePrefix + "-" + (++numbers[(int)category]).ToString("D4", CultureInfo.InvariantCulture),
                    Category = category,
                    Patient = new PatientDetails
                    {
                        Name = i % 20 == 0 ? null : $"Bench Patient{i}",
                        DateOfBirth = new DateOnly(1940 + i % 60, 1 + i % 12, 1 + i % 28),
                        Text = "asked for results, call back after go-live",
                    },
                    OccurredOn = today.AddDays(-(i % 10)),
                    Ubrn = category == EntryCategory.Referral && i % 3 == 0 ? (100_000_000_000 + i).ToString(CultureInfo.InvariantCulture) : null,
                    AuthorId = StaffId(p, author),
                    AuthorName = $"Staff {p:000}-{author:00}",
                    LoggedAt = now.AddMinutes(-(count - i)),
                    Status = status,
                    ReenteredBy = status == EntryStatus.Pending ? null : $"Staff {p:000}-00",
                    ReenteredById = status == EntryStatus.Pending ? null : StaffId(p, 0),
                    ReenteredAt = status == EntryStatus.Pending ? null : now,
                });
            }
            entries.InsertBulk(batch);
            for (var c = 0; c < numbers.Length; c++)
                counters.Upsert(new ReferenceCounter { Id = TeamId(p) + "|" + EntryCategoryInfo.All[c].ReferencePrefix, Value = numbers[c] });
        }
    }

    /// <summary>
    /// The practices and rosters <see cref="Entries"/> writes, into another engine's store: the entries, counters and
    /// audit go across with <c>LiteDbToPostgres.Copy</c>, which does not copy practices.
    /// </summary>
    public static void PracticesOf(IPracticeStore practices, string serviceUrl, int total, int perPractice, DateOnly today)
    {
        for (var p = 0; p * perPractice < total; p++) AddPractice(practices, p, serviceUrl, today.AddDays(-10), today.AddDays(-1), managed: true);
    }

    /// <summary>
    /// <paramref name="count"/> practices in one tenant, set up, before FDP, with no manager (so the channel card is
    /// their one morning post) and their post time at London midnight, so all are due the moment the bot starts.
    /// </summary>
    public static void MorningDue(string path, string serviceUrl, int count, DateOnly today)
    {
        using var db = new CutoverDatabase(path, BenchKey.Ring);
        var practices = new PracticeStore(db);
        for (var p = 0; p < count; p++) AddPractice(practices, p, serviceUrl, today.AddDays(3), today.AddDays(10), managed: false, new TimeOnly(0, 0));
    }

    private static void AddPractice(IPracticeStore practices, int p, string serviceUrl, DateOnly fdp, DateOnly goLive, bool managed, TimeOnly? postTime = null)
    {
        practices.Upsert(new Practice
        {
            Id = TeamId(p),
            Name = $"Bench Surgery {p:000}",
            TenantId = Activities.TenantId,
            ServiceUrl = serviceUrl,
            ChannelId = TeamId(p),
            ManagerUserId = managed ? StaffId(p, 0) : null,
            InstalledAt = DateTimeOffset.UtcNow.AddDays(-40),
            FdpDate = fdp,
            GoLiveDate = goLive,
            SetUpOn = fdp.AddDays(-30),
            MorningPostTime = postTime ?? new TimeOnly(8, 0),
        });
        if (!managed) return;
        for (var s = 0; s < StaffPerPractice; s++)
            practices.UpsertMember(new PracticeMember { PracticeId = TeamId(p), UserId = StaffId(p, s), AadObjectId = "aad-" + StaffId(p, s), Name = $"Staff {p:000}-{s:00}" });
    }
}

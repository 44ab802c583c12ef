using CutoverBot.Bot.Files;
using CutoverBot.Bot.Posts;
using CutoverBot.Bot.Welcome;
using CutoverBot.Core.Checklist;
using CutoverBot.Core.MessageActions;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Scheduling;
using CutoverBot.Core.Sharing;
using CutoverBot.Core.Storage;
using CutoverBot.Core.Storage.Encryption;
using CutoverBot.Graph;

namespace CutoverBot.Tests.Cli;

/// <summary>
/// A fortnight's worth of everything besides entries in a <see cref="SeededDatabase"/>'s file, one or two of each kind,
/// written through the bot's own LiteDB stores: Riverside's roster, ticks, morning posts, shares, greetings and cards.
/// </summary>
internal static class SeededWork
{
    public static readonly DateTimeOffset Morning = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Day = new(2026, 3, 2);
    public static readonly Guid EntryId = Guid.Parse("6f1c0d52-8e0b-4c5e-9d55-2f0b6a1f0c11");
    public const string Riverside = SeededDatabase.RiversideId;

    public static void Add(SeededDatabase seeded)
    {
        using var db = new CutoverDatabase(seeded.Path, new KeyRing(KeyFile.Read(KeyFile.PathFor(seeded.Path))!));
        var practices = new PracticeStore(db);
        practices.UpsertMember(new PracticeMember { PracticeId = Riverside, UserId = "29:alice", AadObjectId = "aad-alice", Name = "Alice Reception" });
        practices.UpsertMember(new PracticeMember { PracticeId = Riverside, UserId = "29:gail", Name = "Gail Guest", IsGuest = true });
        practices.UpsertUser(new ChatUserRecord { Id = "29:alice", AadObjectId = "aad-alice", Name = "Alice Reception", PersonalConversationId = "a:alice" });
        var ticks = new ChecklistTickStore(db, new SteppingTime(Morning));
        ticks.Tick(Riverside, "backup-confirmed", "29:alice", "Alice Reception");
        ticks.Tick(Riverside, "smartcards", "29:alice", "Alice Reception", Day);
        ticks.Untick(Riverside, "smartcards", "29:alice", "Alice Reception", Day);
        var posts = new PostLogStore(db);
        var key = new PostKey(Riverside, MorningPostKind.ChannelChecklist, Day);
        posts.TryClaim(key, Morning);
        posts.MarkSent(key, "1:act", "19:riverside@thread.tacv2", Morning);
        posts.MarkPlanned(Riverside, Day, "settings-1", Morning);
        new MessageSourceStore(db).Upsert(new MessageSource { Id = "19:riverside|1:msg", EntryId = EntryId, PracticeId = Riverside, MessageId = "1:msg", LoggedAt = Morning });
        new ProgressShareStore(db).Add(new ProgressShare { PracticeId = Riverside, TeamId = "19:pcn@thread.tacv2", SharedById = "29:alice", SharedByName = "Alice Reception", SharedAt = Morning });
        var welcomes = new WelcomeStore(db);
        welcomes.TryClaim(IWelcomeStore.TeamKey(Riverside), Morning);
        welcomes.Complete(IWelcomeStore.TeamKey(Riverside), Morning);
        new EntryPostStore(db, new SteppingTime(Morning)).Remember(EntryId, shared: true, "19:riverside@thread.tacv2", "1:card", "hash-1");
        new GoLivePostStore(db).Remember(Riverside, "19:riverside@thread.tacv2", "1:golive", "hash-2", Morning);
        new ChannelFilesNoticeStore(db).FirstTime(Riverside, Morning);
        new PendingFileStore(db).Add("29:alice", "list.csv", "text/csv", "patient list"u8.ToArray(), Morning, Riverside);
    }

    // A minute on at each reading, so the tick history's records have an order of their own (records of one instant
    // come back in no particular order, on LiteDB as on PostgreSQL).
    private sealed class SteppingTime(DateTimeOffset start) : TimeProvider
    {
        private int _readings;

        public override DateTimeOffset GetUtcNow() => start.AddMinutes(_readings++);
    }
}

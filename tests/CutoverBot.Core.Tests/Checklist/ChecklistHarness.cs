using CutoverBot.Core.Checklist;
using CutoverBot.Core.Entries;
using CutoverBot.Core.GoLive;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Setup;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CutoverBot.Core.Tests.Checklist;

/// <summary>A real in-memory database, the shipped catalog and a fake clock, wired as the host wires them.</summary>
internal sealed class ChecklistHarness : IDisposable
{
    // FDP on a Tuesday, five cutover days, go-live on the Monday after the March clock change (Sun 28 Mar 2027).
    public static readonly DateOnly Fdp = new(2027, 3, 23);
    public static readonly DateOnly GoLive = new(2027, 3, 29);

    public ChecklistHarness()
    {
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero));
        Db = new CutoverDatabase(":memory:");
        Services = CoreServices.Build(Db, Time, s => s.AddSingleton(Catalog));
        Practices = Service<PracticeStore>();
        Ticks = Service<ChecklistTickStore>();
        Builder = Service<DailyChecklistBuilder>();
        GoLiveMorning = Service<GoLiveMorning>();
        Cards = Service<ChecklistCards>();
        Planner = Service<MorningPostPlanner>();
        Entries = Service<EntryStore>();
        Access = Service<ChecklistAccess>();
        Setup = Service<SetupService>();
        SetupCards = Service<SetupCards>();
        Audit = Service<AuditStore>();
        Settings = Service<GovernanceSettings>();
    }

    public ServiceProvider Services { get; }

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();

    public static CutoverCatalog Catalog { get; } = CutoverCatalogLoader.LoadEmbedded();

    public FakeTimeProvider Time { get; }
    public CutoverDatabase Db { get; }
    public PracticeStore Practices { get; }
    public ChecklistTickStore Ticks { get; }
    public DailyChecklistBuilder Builder { get; }
    public ChecklistCards Cards { get; }
    public GoLiveMorning GoLiveMorning { get; }
    public MorningPostPlanner Planner { get; }
    public EntryStore Entries { get; }
    public ChecklistAccess Access { get; }
    public SetupService Setup { get; }
    public SetupCards SetupCards { get; }
    public AuditStore Audit { get; }
    public GovernanceSettings Settings { get; }

    public static readonly ChatUser Sam = new("29:sam", "Sam Jones");
    public static readonly ChatUser Manager = new("29:manager", "Pat Manager");
    public static readonly ChatUser Guest = new("29:icb-guest", "ICB Visitor");

    public static ChatContext InChannel(ChatUser user) => new(user, ConversationKind.Channel, PracticeId);
    public static ChatContext InPersonal(ChatUser user) => new(user, ConversationKind.Personal, null);

    public const string PracticeId = "19:team-riverside@thread.tacv2";

    /// <summary>Saves the practice with a roster: Sam and the manager as staff, one guest.</summary>
    public Practice Save(Practice practice)
    {
        Practices.Upsert(practice);
        Practices.UpsertMember(new PracticeMember { PracticeId = practice.Id, UserId = Sam.Id, Name = Sam.Name });
        Practices.UpsertMember(new PracticeMember { PracticeId = practice.Id, UserId = Manager.Id, Name = Manager.Name });
        Practices.UpsertMember(new PracticeMember { PracticeId = practice.Id, UserId = Guest.Id, Name = Guest.Name, IsGuest = true });
        return practice;
    }

    public static Practice NewPractice(bool dispensing = false, DateOnly? setUpOn = null, string? manager = "29:manager") => new()
    {
        Id = PracticeId,
        Name = "Riverside Surgery",
        ChannelId = PracticeId,
        FdpDate = Fdp,
        GoLiveDate = GoLive,
        IsDispensing = dispensing,
        ManagerUserId = manager,
        SetUpOn = setUpOn ?? Fdp.AddDays(-35),
    };

    /// <summary>Moves the fake clock (forwards only) to a London wall-clock time.</summary>
    public void SetLondon(DateOnly date, int hour, int minute)
    {
        var local = date.ToDateTime(new TimeOnly(hour, minute));
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        Time.SetUtcNow(new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime());
    }

    public void Dispose()
    {
        Services.Dispose();
        Db.Dispose();
    }
}

using CutoverBot.Core.Practices;
using CutoverBot.Core.Scheduling;
using CutoverBot.Core.Storage;
using CutoverBot.Delivery;
using CutoverBot.Scheduling;
using CutoverBot.Tests.Infrastructure;
using CutoverBot.Timing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CutoverBot.Tests.Scheduling;

/// <summary>
/// The real scheduler, job and post log on a LiteDB file and a fake clock, with a recording sender and a fake planner.
/// Restarting reopens the database file, as a restarted bot would. Their logs are kept, and disposing fails when a line
/// holds a patient value the suite typed, as the host's do.
/// </summary>
public sealed class SchedulerHarness : IAsyncDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"cutover-sched-{Guid.NewGuid():N}.db");
    private MorningPostScheduler? _scheduler;

    public SchedulerHarness(DateTimeOffset start, SchedulerOptions? options = null)
    {
        Time = new FakeTimeProvider(start);
        Clock = new DelayClock(Time);
        Driver = new FakeClockDriver(Time, Clock);
        Sender = new RecordingSender(Time);
        Options = options ?? new SchedulerOptions { MaxSleep = TimeSpan.FromHours(6), MaxParallelPractices = 1 };
        Open();
    }

    public FakeTimeProvider Time { get; }
    public DelayClock Clock { get; }
    public FakeClockDriver Driver { get; }
    public RecordingSender Sender { get; }
    public LogCapture Logs { get; } = new();
    public FakePlanner Planner { get; } = new();

    /// <summary>Builds the planner on the (re)opened database; the fake planner unless a test sets it.</summary>
    public Func<SchedulerHarness, IMorningPostPlanner>? PlannerFactory { get; set; }

    public ICardJsonRenderer Renderer { get; set; } = new FakeCardRenderer();
    public SchedulerOptions Options { get; }
    public CutoverDatabase Database { get; private set; } = null!;
    public PracticeStore Practices { get; private set; } = null!;
    public PostLogStore PostLog { get; private set; } = null!;

    public IReadOnlyList<SentCard> ChannelPosts => Sender.Sent.Where(s => s.IsChannelPost).ToList();

    public Practice AddPractice(string id = "19:team-a@thread.tacv2", DateOnly? fdp = null, DateOnly? goLive = null, string? manager = "29:manager", TimeOnly? at = null)
    {
        var practice = new Practice
        {
            Id = id, Name = "Practice " + id, TenantId = "tenant", ServiceUrl = "https://smba.example/uk/", ChannelId = id,
            ManagerUserId = manager, FdpDate = fdp ?? new DateOnly(2027, 3, 23), GoLiveDate = goLive ?? new DateOnly(2027, 3, 29),
            MorningPostTime = at ?? new TimeOnly(8, 0),
        };
        Practices.Upsert(practice);
        return practice;
    }

    /// <summary>The post log and lease the job uses; by default the LiteDB log above and the sole instance's lease.</summary>
    public (IPostLogStore Log, IFanOutLease Lease)? Shared { get; set; }

    public MorningPostJob NewJob(IProactiveSender? sender = null) => new(Practices, Shared?.Log ?? PostLog, Shared?.Lease ?? new SoleInstanceLease(), PlannerFactory?.Invoke(this) ?? Planner, Renderer, sender ?? Sender, Clock,
        Microsoft.Extensions.Options.Options.Create(Options), Logs.For<MorningPostJob>());

    public async Task StartAsync()
    {
        _scheduler = new MorningPostScheduler(NewJob(), Practices, Shared?.Log ?? PostLog, Clock, Microsoft.Extensions.Options.Options.Create(Options),
            Logs.For<MorningPostScheduler>());
        await _scheduler.StartAsync(CancellationToken.None);
        await Driver.SettleAsync();
    }

    public async Task StopAsync()
    {
        if (_scheduler is null) return;
        await _scheduler.StopAsync(CancellationToken.None);
        _scheduler.Dispose();
        _scheduler = null;
    }

    /// <summary>Stops the bot, lets the clock run to <paramref name="at"/> while it is down, and starts it on the reopened database.</summary>
    public async Task RestartAtAsync(DateTimeOffset at)
    {
        await StopAsync();
        Database.Dispose();
        Time.SetUtcNow(at);
        Open();
        await StartAsync();
    }

    public void WakeUp() => _scheduler!.WakeUp();

    public Task RunUntilAsync(DateTimeOffset at) => Driver.AdvanceToAsync(at);

    private void Open()
    {
        Database = new CutoverDatabase(_path);
        Practices = new PracticeStore(Database);
        PostLog = new PostLogStore(Database);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Database.Dispose();
        File.Delete(_path);
        Logs.AssertNoLeaks();
    }
}

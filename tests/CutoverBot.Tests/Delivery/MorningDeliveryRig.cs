using CutoverBot.Core.Scheduling;
using CutoverBot.Scheduling;
using CutoverBot.Tests.Scheduling;
using Microsoft.Extensions.Options;

namespace CutoverBot.Tests.Delivery;

/// <summary>The scheduler's job and loop over the real sender and the scripted connector (fake planner and cards).</summary>
public sealed class MorningDeliveryRig(DeliveryHarness harness, int parallelPractices = 1) : IAsyncDisposable
{
    private MorningPostScheduler? _scheduler;

    public DeliveryHarness H { get; } = harness;
    public PostLogStore PostLog { get; } = new(harness.Database);
    public SchedulerOptions Options { get; } = new() { MaxSleep = TimeSpan.FromHours(6), MaxParallelPractices = parallelPractices };

    public FakePlanner Planner { get; } = new();

    public MorningPostJob NewJob() => new(H.Practices, PostLog, new SoleInstanceLease(), Planner, new FakeCardRenderer(), H.Sender, H.Clock,
        Microsoft.Extensions.Options.Options.Create(Options), H.Logs.For<MorningPostJob>());

    public async Task StartAsync()
    {
        _scheduler = new MorningPostScheduler(NewJob(), H.Practices, PostLog, H.Clock, Microsoft.Extensions.Options.Options.Create(Options),
            H.Logs.For<MorningPostScheduler>());
        await _scheduler.StartAsync(CancellationToken.None);
        await H.Driver.SettleAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_scheduler is not null) await _scheduler.StopAsync(CancellationToken.None);
        _scheduler?.Dispose();
        await H.DisposeAsync();
    }
}

using CutoverBot.Core.Practices;
using CutoverBot.Core.Storage;
using CutoverBot.Delivery;
using CutoverBot.Operations;
using CutoverBot.Tests.Infrastructure;
using CutoverBot.Tests.Scheduling;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CutoverBot.Tests.Operations;

public sealed class OperationsReporterTests : IDisposable
{
    private readonly CutoverDatabase _db = new(":memory:");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));
    private readonly LogCapture _logs = new();
    private readonly DeliveryCounter _counter = new();
    private readonly PracticeStore _practices;

    public OperationsReporterTests()
    {
        _practices = new PracticeStore(_db);
        _practices.Upsert(new Practice { Id = "19:a@thread.tacv2", Name = "Margaret Evans Surgery", Active = true, FdpDate = new(2027, 3, 1), GoLiveDate = new(2027, 3, 8) });
        _practices.Upsert(new Practice { Id = "19:b@thread.tacv2", Name = "B", Active = true });
        _practices.Upsert(new Practice { Id = "19:c@thread.tacv2", Name = "C", Active = false });
    }

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Reporter_AtStartAndEachInterval_LogsPracticesAndDeliveriesSinceTheLastReport()
    {
        var sender = new CountingProactiveSender(new Answering(SendOutcome.Sent, SendOutcome.Failed, SendOutcome.Throttled, SendOutcome.Gone), _counter);
        using var reporter = Reporter();
        await reporter.StartAsync(CancellationToken.None);
        await WaitForReportsAsync(1);

        for (var i = 0; i < 4; i++) await sender.SendCardAsync(_practices.Find("19:a@thread.tacv2")!, null, "{}", CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(1));
        await WaitForReportsAsync(2);
        _time.Advance(TimeSpan.FromHours(1));
        await WaitForReportsAsync(3);
        await reporter.StopAsync(CancellationToken.None);

        var reports = Reports();
        Assert.Contains("2 active practices (1 set up), 1 inactive", reports[0]);
        Assert.Contains("0 proactive messages delivered, 0 not delivered", reports[0]);
        Assert.Contains("1 proactive messages delivered, 2 not delivered (failed or throttled), 1 to conversations the bot has left", reports[1]);
        Assert.Contains("0 proactive messages delivered, 0 not delivered", reports[2]);
        Assert.DoesNotContain(reports, r => r.Contains("Margaret", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CountingSender_PassesOnTheWireSignalThrough_SoAMorningPostKilledMidSendIsNotSentTwice()
    {
        // The post log marks a morning post Sending from this signal; dropped, a post killed mid-send looked unsent
        // after a restart and was posted again (seen in the crash run's fan-out restarts).
        var signals = new List<bool>();
        var outcomes = new Queue<SendOutcome>([SendOutcome.Failed, SendOutcome.Sent]);
        var sender = new CountingProactiveSender(new RecordingSender(_time) { Outcome = _ => outcomes.Dequeue() }, _counter);
        var practice = _practices.Find("19:a@thread.tacv2")!;

        await sender.SendCardAsync(practice, null, "{}", signals.Add, CancellationToken.None);
        await sender.SendCardAsync(practice, null, "{}", signals.Add, CancellationToken.None);

        Assert.Equal([true, false, true], signals);
    }

    [Fact]
    public void Report_DatabaseClosed_LogsAWarningInsteadOfThrowing()
    {
        using var reporter = Reporter();
        _db.Dispose();

        reporter.Report();

        Assert.Contains(_logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("Operations report skipped", StringComparison.Ordinal));
    }

    private OperationsReporter Reporter() => new(_practices, _counter, _time, Options.Create(new OperationsOptions()),
        new LoggerFactory([_logs]).CreateLogger<OperationsReporter>());

    private List<string> Reports() => _logs.Lines.Where(l => l.Contains("Operations report:", StringComparison.Ordinal)).ToList();

    private async Task WaitForReportsAsync(int count)
    {
        for (var i = 0; i < 500 && Reports().Count < count; i++) await Task.Delay(10);
        Assert.Equal(count, Reports().Count);
    }

    /// <summary>Answers each send with the next outcome in turn.</summary>
    private sealed class Answering(params SendOutcome[] outcomes) : IProactiveSender
    {
        private int _next;

        public Task<SendResult> SendCardAsync(Practice practice, string? recipientUserId, string cardJson, CancellationToken cancellationToken) =>
            Task.FromResult(new SendResult(outcomes[_next++ % outcomes.Length]));

        public Task<SendResult> SendCardAsync(Practice practice, string? recipientUserId, string cardJson, Action<bool> onWire, CancellationToken cancellationToken) =>
            SendCardAsync(practice, recipientUserId, cardJson, cancellationToken);

        public Task<SendResult> UpdateCardAsync(Practice practice, string conversationId, string activityId, string cardJson, CancellationToken cancellationToken) =>
            SendCardAsync(practice, null, cardJson, cancellationToken);
    }
}

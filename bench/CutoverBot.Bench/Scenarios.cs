namespace CutoverBot.Bench;

/// <summary>
/// The request scenarios, run the same way against our bot and the stock echo bot: a go-live summary in the channel and
/// its list pages (one at a time: their latency is the build time plus a loopback round trip), then checklist ticks and
/// quick entries at the configured concurrency.
/// </summary>
internal sealed class Scenarios(BenchOptions options, FakeConnector connector, HttpClient http)
{
    public const string QuickEntry = "quick entry";
    public const string Tick = "checklist tick";
    public const string Summary = "go-live summary";
    public const string Pages = "go-live list pages";

    /// <summary>The stock echo bot with only the shared contract resolver: what the SDK costs per turn on its own.</summary>
    public const string FloorBot = "echo + shared resolver";

    // A manager's task on go-live day that every practice has, dispensing or not.
    private const string TaskId = "import-rotas";
    private static readonly string[] Sections = ["registrations", "prescriptions", "referrals", "missing", "people"];

    public async Task<BotRun> RunAsync(string botName, string dll, IReadOnlyDictionary<string, string> settings, int stored, int inPractice, DateOnly today,
        ServerCpu? server = null)
    {
        await using var bot = await BotProcess.StartAsync(dll, settings, http);
        var activities = new Activities(connector.ServiceUrl);
        var team = Seeder.TeamId(0);
        string Staff(int i) => Seeder.StaffId(0, i % Seeder.StaffPerPractice);
        string Quick(int i) => activities.QuickEntry(Staff(i), i);
        string TickAt(int i) => activities.ChecklistTick(team, Staff(0), TaskId, today, tick: i % 2 == 0);
        string SummaryAt(int i) => activities.Summary(team, Staff(i));
        string PageAt(int i) => activities.GoLivePage(team, Staff(0), Sections[i % Sections.Length], 1 + i / Sections.Length % 2);

        // Warm-up: every path once through the JIT and the connection pools, not measured.
        var warm = Math.Max(options.Warmup / 10, 5);
        var one = Math.Clamp(options.Requests / 40, 10, 100);
        (string Name, Func<int, string> Activity, int Warm, int Count, int Concurrency)[] phases =
        [
            (Summary, SummaryAt, warm, one, 1),
            // Enough pages that the process's CPU clock (about a millisecond a tick per page at ten) can tell their cost.
            (Pages, PageAt, warm, Math.Max(Sections.Length * 2, one * 2), 1),
            (Tick, TickAt, options.Warmup, options.Requests, options.Concurrency),
            (QuickEntry, Quick, options.Warmup, options.Requests, options.Concurrency),
        ];
        var chosen = phases.Where(p => options.Runs(p.Name)).ToList();
        foreach (var p in chosen)
            await LoadRunner.RunAsync("warm", botName, bot, connector, http, p.Activity, p.Warm, p.Concurrency, options.PhaseCap);
        var results = new List<LoadResult>();
        foreach (var p in chosen)
            results.Add(await LoadRunner.RunAsync(p.Name, botName, bot, connector, http, p.Activity, p.Count, p.Concurrency, options.PhaseCap, server));
        foreach (var failed in results.Where(r => r.Failures > 0))
            Console.Error.WriteLine($"{botName}: {failed.Failures} of {failed.Requests} {failed.Scenario} requests failed{Environment.NewLine}{bot.LastOutput()}");
        return new BotRun(botName, stored, inPractice, bot.StartToReady, results, bot.PeakBytes);
    }
}

using CutoverBot.Core.Entries;

namespace CutoverBot.Bench;

/// <summary>
/// Issue 6's benchmark: the Release bot and the stock Bot Framework echo bot as separate processes against a fake Bot
/// Connector on loopback, the same load on each, then the morning fan-out under Teams' limits. Bounded in requests and
/// time. Usage: see <see cref="BenchOptions.Usage"/>.
/// </summary>
internal static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException)
        {
            Console.Error.WriteLine(ex.Message);
            Console.Error.WriteLine(BenchOptions.Usage);
            return 2;
        }

        var folder = Path.Combine(Path.GetTempPath(), "cutoverbot-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        if (options.Tabs)
        {
            try
            {
                var tabs = TabsBench.Run(options, folder);
                Console.WriteLine(tabs);
                if (options.Out is { } tabsFile) await File.WriteAllTextAsync(tabsFile, tabs);
                return 0;
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { Timeout = TimeSpan.FromSeconds(30) };
        await using var connector = new FakeConnector();
        await connector.StartAsync();
        var today = LondonTime.Today(TimeProvider.System);
        var scenarios = new Scenarios(options, connector, http);
        BenchPostgres? postgres = null;
        if (options.OnPostgres)
        {
            if (BenchPostgres.FindServer(options.Postgres) is not { } server)
            {
                Console.Error.WriteLine("--engine postgresql needs a server: pass --postgres CONNECTION-STRING or start tests/postgres/cluster.sh.");
                return 2;
            }
            postgres = new BenchPostgres(server);
        }
        try
        {
            Console.Error.WriteLine("stock echo bot...");
            var stock = await scenarios.RunAsync("stock echo", options.StockDll, new Dictionary<string, string>(), 0, 0, today);
            Console.Error.WriteLine("echo bot with the shared contract resolver (the SDK's own floor)...");
            var floor = await scenarios.RunAsync(Scenarios.FloorBot, options.StockDll, new Dictionary<string, string> { ["ECHO_SHARED_RESOLVER"] = "1" }, 0, 0, today);
            var ours = new List<BotRun>();
            var onPostgres = new List<BotRun>();
            foreach (var scale in options.Scales)
            {
                Console.Error.WriteLine($"CutoverBot with {scale:N0} entries stored...");
                var path = Path.Combine(folder, $"entries-{scale}.db");
                Seeder.Entries(path, connector.ServiceUrl, scale, options.EntriesPerPractice, today);
                var settings = BenchKey.BotSettings(path);
                settings["Scheduler:Enabled"] = "false";
                if (options.Profile is { } traces) Profiling.Add(settings, traces, $"cutoverbot-{scale}");
                ours.Add(await scenarios.RunAsync("CutoverBot", options.BotDll, settings, scale, Math.Min(scale, options.EntriesPerPractice), today));
                if (postgres is null) continue;
                Console.Error.WriteLine($"CutoverBot on PostgreSQL with {scale:N0} entries stored...");
                var database = postgres.CopyOf(path, connector.ServiceUrl, scale, options.EntriesPerPractice, today);
                var pgSettings = BenchPostgres.BotSettings(path, database);
                pgSettings["Scheduler:Enabled"] = "false";
                if (options.Profile is { } pgTraces) Profiling.Add(pgSettings, pgTraces, $"cutoverbot-postgresql-{scale}");
                onPostgres.Add(await scenarios.RunAsync(PostgresBot, options.BotDll, pgSettings, scale, Math.Min(scale, options.EntriesPerPractice), today, postgres.Cpu()));
            }
            var last = options.Scales[^1];
            Console.Error.WriteLine($"storage costs in-process, on the {last:N0}-entry database...");
            var storage = StorageFloor.Measure(Path.Combine(folder, $"entries-{last}.db"), 2_000);
            FanOutResult? fanOut = null;
            if (options.Practices > 0)
            {
                Console.Error.WriteLine($"morning fan-out to {options.Practices:N0} practices...");
                fanOut = await FanOut.RunAsync(options, folder, today, http);
            }
            IReadOnlyList<Verdict> verdicts = [.. Targets.Judge(options, stock, ours, fanOut), .. FloorTargets.Judge(options, floor, [.. ours, .. onPostgres])];
            var report = Report.Write(options, stock, floor, ours, storage, fanOut, verdicts) + EngineReport.Write(stock, ours, onPostgres, postgres?.Durability() ?? "");
            Console.WriteLine(report);
            if (options.Out is { } file) await File.WriteAllTextAsync(file, report);
            return Targets.ExitCode(verdicts, options);
        }
        finally
        {
            postgres?.Dispose();
            Directory.Delete(folder, recursive: true);
        }
    }

    private const string PostgresBot = "CutoverBot on PostgreSQL";
}

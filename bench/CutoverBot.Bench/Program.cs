using System.Diagnostics;
using System.Text;

namespace CutoverBot.Bench;

/// <summary>
/// Per-turn CPU and throughput of POST /api/messages against a local connector, with and without the shared
/// JSON contract resolver. Usage: dotnet run -c Release --project bench/CutoverBot.Bench [-- turns [concurrency]]
/// </summary>
internal static class BenchProgram
{
    private static int turns;
    private static int concurrency;
    private static EchoConnector connector = null!;

    public static async Task<int> Main(string[] args)
    {
        turns = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 2000;
        concurrency = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 4;
        await using var echo = new EchoConnector();
        connector = echo;
        await connector.StartAsync();
        Console.WriteLine($"{turns} turns per run, {concurrency} at a time, {Environment.ProcessorCount} cores");
        Console.WriteLine("variant                      CPU ms/turn   turns/s");
        foreach (var shared in new[] { false, true, false, true })
        {
            var (cpuPerTurn, perSecond) = await RunAsync(shared);
            Console.WriteLine($"{(shared ? "shared resolver" : "resolver per client (stock)"),-28} {cpuPerTurn,11:F2} {perSecond,9:F0}");
        }
        return 0;
    }

    private static async Task<(double CpuPerTurn, double PerSecond)> RunAsync(bool shared)
    {
        var path = Path.Combine(Path.GetTempPath(), "cutoverbot-bench", Guid.NewGuid().ToString("N") + ".db");
        await using var host = new BenchHost(path, shared);
        using var client = host.CreateClient();
        await DriveAsync(client, 200);
        GC.Collect();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await DriveAsync(client, turns);
        clock.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        return (cpu.TotalMilliseconds / turns, turns / clock.Elapsed.TotalSeconds);
    }

    private static async Task DriveAsync(HttpClient client, int count)
    {
        var next = -1;
        var workers = Enumerable.Range(0, concurrency).Select(async worker =>
        {
            while (Interlocked.Increment(ref next) < count)
            {
                using var content = new StringContent(Activity(worker), Encoding.UTF8, "application/json");
                using var response = await client.PostAsync("/api/messages", content);
                if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"bot answered {(int)response.StatusCode}");
            }
        });
        await Task.WhenAll(workers);
    }

    // A personal-chat message the router answers with one text reply: the cheapest real turn, close to an echo bot.
    private static string Activity(int worker) => $$"""
    {
      "type": "message", "id": "m{{worker}}", "channelId": "msteams", "serviceUrl": "{{connector.ServiceUrl}}",
      "from": { "id": "29:bench-{{worker}}", "name": "Bench User" },
      "recipient": { "id": "28:bench-bot", "name": "CutoverBot" },
      "conversation": { "id": "a:bench-{{worker}}", "conversationType": "personal", "tenantId": "bench-tenant" },
      "text": "hello there"
    }
    """;
}

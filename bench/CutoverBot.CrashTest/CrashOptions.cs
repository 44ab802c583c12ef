using System.Globalization;

namespace CutoverBot.CrashTest;

/// <summary>The command line: which scenarios, how many times, and where the Release bot is.</summary>
internal sealed record CrashOptions(string Scenario, int Iterations, int Burst, int Concurrency, int OutageSeconds, int FanOutIterations, int Seed, string BotDll, string? Postgres = null, int FanOutPractices = 2000)
{
    /// <summary>"all" runs the single-instance scenarios on LiteDB; the PostgreSQL ones (kill2, fanout2) are asked for by name.</summary>
    public bool Runs(string scenario) => (Scenario is "all" && !scenario.EndsWith('2')) || Scenario == scenario;

    public static CrashOptions Parse(string[] args)
    {
        var scenario = "all";
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length) values[args[i][2..]] = args[++i];
            else scenario = args[i];
        }
        int Int(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new CrashOptions(scenario, Int("iterations", 20), Int("burst", 1000), Int("concurrency", 16), Int("outage-seconds", 30),
            Int("fanout-iterations", 5), Int("seed", Environment.TickCount & 0xFFFF), values.GetValueOrDefault("bot") ?? DefaultBot(), values.GetValueOrDefault("postgres"),
            Int("fanout-practices", 2000));
    }

    // bench/CutoverBot.CrashTest/bin/<config>/net10.0 -> the repository root -> the Release build of the bot.
    private static string DefaultBot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CutoverBot.sln"))) folder = folder.Parent;
        var root = folder?.FullName ?? Directory.GetCurrentDirectory();
        return Path.Combine(root, "src", "CutoverBot", "bin", "Release", "net10.0", "CutoverBot.dll");
    }
}

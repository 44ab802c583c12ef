using System.Globalization;

namespace CutoverBot.Bench;

/// <summary>What one run does. Defaults finish in a few minutes on two cores; --quick is a smoke run.</summary>
internal sealed record BenchOptions
{
    public int Requests { get; init; } = 2000;
    public int Warmup { get; init; } = 1000;
    public int Concurrency { get; init; } = 16;
    public int[] Scales { get; init; } = [1_000, 10_000, 100_000];
    public int EntriesPerPractice { get; init; } = 5_000;
    public int Practices { get; init; } = 2_000;
    public double Throttled { get; init; } = 0.05;
    public double Unavailable { get; init; } = 0.02;
    public TimeSpan PhaseCap { get; init; } = TimeSpan.FromSeconds(60);
    public string Repo { get; init; } = FindRepo();
    public string? Out { get; init; }

    /// <summary>Measure one scenario only (quick, tick, summary, pages), e.g. while profiling it.</summary>
    public string? Only { get; init; }

    /// <summary>Print the verdicts but exit 0 even when a target the run could judge failed (for recording figures).</summary>
    public bool ReportOnly { get; init; }

    /// <summary>Only the channel tab's data for one practice of --entries-per-practice in a database of the largest --scales (issue 14).</summary>
    public bool Tabs { get; init; }

    /// <summary>A folder for EventPipe CPU-sample traces of each CutoverBot process (dotnet-trace convert reads them).</summary>
    public string? Profile { get; init; }

    /// <summary>litedb (the default), or postgresql: each scale also on PostgreSQL, beside LiteDB in the same run.</summary>
    public string Engine { get; init; } = "litedb";

    /// <summary>The PostgreSQL server (a superuser's Npgsql connection string); without it, the test cluster's. Implies --engine postgresql.</summary>
    public string? Postgres { get; init; }

    public bool OnPostgres => Engine == "postgresql";

    public static BenchOptions Parse(string[] args)
    {
        var o = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            o = args[i] switch
            {
                "--quick" => o with { Requests = 300, Warmup = 50, Scales = [1_000, 10_000], Practices = 200 },
                "--requests" => o with { Requests = Int(Next()) },
                "--warmup" => o with { Warmup = Int(Next()) },
                "--concurrency" => o with { Concurrency = Int(Next()) },
                "--scales" => o with { Scales = Next().Split(',').Select(Int).ToArray() },
                "--entries-per-practice" => o with { EntriesPerPractice = Int(Next()) },
                "--practices" => o with { Practices = Int(Next()) },
                "--throttled" => o with { Throttled = double.Parse(Next(), CultureInfo.InvariantCulture) },
                "--unavailable" => o with { Unavailable = double.Parse(Next(), CultureInfo.InvariantCulture) },
                "--repo" => o with { Repo = Next() },
                "--out" => o with { Out = Next() },
                "--report-only" => o with { ReportOnly = true },
                "--tabs" => o with { Tabs = true },
                "--only" => o with { Only = Scenario(Next()) },
                "--profile" => o with { Profile = Path.GetFullPath(Next()) },
                "--engine" => o with { Engine = EngineName(Next()) },
                "--postgres" => o with { Postgres = Next(), Engine = "postgresql" },
                _ => throw new ArgumentException($"unknown argument {args[i]}"),
            };
        }
        return o;
    }

    public const string Usage = "bench/run.sh [--quick] [--requests N] [--warmup N] [--concurrency N] [--scales 1000,10000,100000] " +
        "[--entries-per-practice N] [--practices N] [--throttled 0.05] [--unavailable 0.02] [--out results.md] [--only quick|tick|summary|pages] [--profile DIR] " +
        "[--report-only] [--tabs] [--engine litedb|postgresql] [--postgres CONNECTION-STRING]. --engine postgresql runs each scale on PostgreSQL too " +
        "(the server from --postgres, or tests/postgres/cluster.sh's). --tabs measures only the channel tab's data (--requests calls). Exits 1 when a target the run could judge failed (0 with --report-only), 2 on bad arguments.";

    public bool Runs(string scenario) => Only is null || Only == scenario;

    private static string EngineName(string s) => s switch
    {
        "litedb" or "postgresql" => s,
        _ => throw new ArgumentException($"--engine takes litedb or postgresql, not {s}"),
    };

    private static string Scenario(string s) => s switch
    {
        "quick" => Scenarios.QuickEntry,
        "tick" => Scenarios.Tick,
        "summary" => Scenarios.Summary,
        "pages" => Scenarios.Pages,
        _ => throw new ArgumentException($"--only takes quick, tick, summary or pages, not {s}"),
    };

    public string BotDll => Path.Combine(Repo, "src", "CutoverBot", "bin", "Release", "net10.0", "CutoverBot.dll");

    public string StockDll => Path.Combine(Repo, "bench", "StockEchoBot", "bin", "Release", "net10.0", "StockEchoBot.dll");

    private static int Int(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);

    private static string FindRepo()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CutoverBot.sln"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }
}

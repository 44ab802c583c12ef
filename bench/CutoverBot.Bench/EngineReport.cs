using System.Text;
using static CutoverBot.Bench.Report;

namespace CutoverBot.Bench;

/// <summary>
/// PostgreSQL beside LiteDB, scale by scale, in the same run: throughput as a ratio to the stock echo bot, the bot's CPU
/// and the server's CPU per request (the server runs on the same cores, so its share counts against the bot).
/// </summary>
internal static class EngineReport
{
    public static string Write(BotRun stock, IReadOnlyList<BotRun> liteDb, IReadOnlyList<BotRun> postgres, string server)
    {
        if (postgres.Count == 0) return "";
        var md = new StringBuilder();
        Line(md, "");
        Line(md, $"PostgreSQL beside LiteDB, same run; server {server}. The server's CPU from /proc: its processes' utime + stime, in 10 ms ticks, so a phase of few requests reads coarsely.");
        Line(md, "");
        Line(md, "| Scenario | Stored entries | LiteDB vs stock | PostgreSQL vs stock | PostgreSQL ÷ LiteDB | p99 ms LiteDB / PostgreSQL | Bot CPU ms/request LiteDB / PostgreSQL | Server CPU ms/request |");
        Line(md, "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var scenario in new[] { Scenarios.QuickEntry, Scenarios.Tick, Scenarios.Summary })
        {
            if (!stock.Has(scenario)) continue;
            var s = stock[scenario].PerSecond;
            foreach (var pg in postgres.Where(r => r.Has(scenario)))
            {
                if (liteDb.FirstOrDefault(r => r.StoredEntries == pg.StoredEntries && r.Has(scenario)) is not { } lite) continue;
                var (l, p) = (lite[scenario], pg[scenario]);
                var serverCpu = double.IsNaN(p.ServerCpuMsPerRequest) ? "not read" : F($"{p.ServerCpuMsPerRequest:0.00}");
                Line(md, F($"| {scenario} | {pg.StoredEntries:N0} | {l.PerSecond / s:0.00}× | {p.PerSecond / s:0.00}× | {p.PerSecond / l.PerSecond:0.00}× | {l.P99Ms:0.0} / {p.P99Ms:0.0} | {l.CpuMsPerRequest:0.00} / {p.CpuMsPerRequest:0.00} | {serverCpu} |"));
            }
        }
        Line(md, "");
        return md.ToString();
    }
}

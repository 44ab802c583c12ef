using CutoverBot.CrashTest;

// Crash safety and faults against the real bot process. See BENCHMARKS.md, "Crash safety and faults".
//   dotnet build -c Release src/CutoverBot && dotnet run -c Release --project bench/CutoverBot.CrashTest -- [kill|outage|fanout|all]
//   options: --iterations 20 --burst 1000 --concurrency 16 --outage-seconds 30 --fanout-iterations 5 --seed N --bot path/to/CutoverBot.dll
// Two instances on PostgreSQL: kill2 (and fanout2), with --postgres "Host=...;Username=...;Password=..." (a superuser's
// connection string; without it, the test cluster tests/postgres/cluster.sh started); fanout2 takes --fanout-practices 2000.
if (args is ["inspect", var file])
{
    // Lists references stored more than once, for a database a failed iteration kept.
    using var db = CrashData.Open(file);
    foreach (var g in new CutoverBot.Core.Entries.EntryStore(db).ForPractice(CrashData.TeamId(0)).GroupBy(e => e.Reference).Where(g => g.Count() > 1))
        foreach (var e in g) Console.WriteLine($"{e.Reference} {e.Id} {e.LoggedAt:O} {e.AuthorId} {e.Patient.Name}");
    // ...and morning posts that did not end as sent.
    var posts = new CutoverBot.Core.Scheduling.PostLogStore(db);
    foreach (var practice in new CutoverBot.Core.Practices.PracticeStore(db).All())
        foreach (var p in posts.ForPractice(practice.Id).Where(p => p.Status != CutoverBot.Core.Scheduling.PostStatus.Sent))
            Console.WriteLine($"{p.Id} {p.Status} attempts {p.Attempts} claimed {p.ClaimedAt:O} by {p.ClaimedBy} retry {p.RetryAt:O}");
    var sent = new CutoverBot.Core.Practices.PracticeStore(db).All().SelectMany(pr => posts.ForPractice(pr.Id)).Where(p => p.Status == CutoverBot.Core.Scheduling.PostStatus.Sent).ToList();
    Console.WriteLine($"sent {sent.Count}, distinct activity ids {sent.Select(p => p.ActivityId).Distinct().Count()}, attempts>1: {sent.Count(p => p.Attempts > 1)}");
    return 0;
}
var options = CrashOptions.Parse(args);
if (!File.Exists(options.BotDll))
{
    Console.Error.WriteLine($"No bot at {options.BotDll}. Build it first: dotnet build -c Release src/CutoverBot");
    return 2;
}
Console.WriteLine($"Bot: {options.BotDll}; seed {options.Seed}");
var random = new Random(options.Seed);
var failed = false;

if (options.Runs("kill"))
{
    Console.WriteLine($"== kill -9 during a burst of {options.Burst} quick entries, {options.Concurrency} at a time, {options.Iterations} iterations");
    Console.WriteLine("iter   sent  acked stored missing doubled  after-restart");
    var scenario = new KillBurstScenario(options.BotDll, options.Burst, options.Concurrency);
    var results = new List<KillBurstResult>();
    for (var i = 1; i <= options.Iterations; i++)
    {
        var r = await scenario.RunAsync(i, random);
        results.Add(r);
        Console.WriteLine($"{i,4} {r.Sent,6} {r.Acknowledged,6} {r.Stored,6} {r.Missing,7} {r.Doubled,7}  {r.AcknowledgedAfterRestart}/{r.SentAfterRestart}{(r.Passed ? "" : "  FAIL")}");
    }
    Console.WriteLine($"total {results.Sum(r => r.Sent),5} {results.Sum(r => r.Acknowledged),6} {results.Sum(r => r.Stored),6} {results.Sum(r => r.Missing),7} {results.Sum(r => r.Doubled),7}  " +
        $"{results.Sum(r => r.AcknowledgedAfterRestart)}/{results.Sum(r => r.SentAfterRestart)}");
    failed |= results.Any(r => !r.Passed);
}

if (options.Runs("kill2"))
{
    if (CrashPostgres.FindServer(options.Postgres) is not { } serverConnection)
    {
        Console.Error.WriteLine("kill2 needs a PostgreSQL server: pass --postgres CONNECTION-STRING or start tests/postgres/cluster.sh.");
        return 2;
    }
    using var server = new CrashPostgres(serverConnection);
    Console.WriteLine($"== two instances on PostgreSQL, kill -9 of one during a burst of {options.Burst} quick entries sent alternately, {options.Concurrency} at a time, {options.Iterations} iterations");
    Console.WriteLine("iter   sent  acked stored missing doubled  taken-by-restarted");
    var scenario = new TwoInstanceKillScenario(options.BotDll, server, options.Burst, options.Concurrency);
    var results = new List<KillBurstResult>();
    for (var i = 1; i <= options.Iterations; i++)
    {
        var r = await scenario.RunAsync(i, random);
        results.Add(r);
        Console.WriteLine($"{i,4} {r.Sent,6} {r.Acknowledged,6} {r.Stored,6} {r.Missing,7} {r.Doubled,7}  {r.AcknowledgedAfterRestart}/{r.SentAfterRestart}{(r.Passed ? "" : "  FAIL")}");
    }
    Console.WriteLine($"total {results.Sum(r => r.Sent),5} {results.Sum(r => r.Acknowledged),6} {results.Sum(r => r.Stored),6} {results.Sum(r => r.Missing),7} {results.Sum(r => r.Doubled),7}");
    failed |= results.Any(r => !r.Passed);
}

if (options.Runs("fanout2"))
{
    if (CrashPostgres.FindServer(options.Postgres) is not { } serverConnection)
    {
        Console.Error.WriteLine("fanout2 needs a PostgreSQL server: pass --postgres CONNECTION-STRING or start tests/postgres/cluster.sh.");
        return 2;
    }
    using var server = new CrashPostgres(serverConnection);
    Console.WriteLine($"== two instances on PostgreSQL, kill -9 of the fan-out lease's holder during the morning fan-out of {options.FanOutPractices} practices, {options.FanOutIterations} iterations");
    var scenario = new FanOutTwoInstanceScenario(options.BotDll, server, options.FanOutPractices);
    for (var i = 1; i <= options.FanOutIterations; i++)
    {
        var r = await scenario.RunAsync(random);
        Console.WriteLine(r.Describe());
        failed |= !r.Passed;
    }
}

if (options.Runs("outage"))
{
    Console.WriteLine($"== Bot Connector down for {options.OutageSeconds} s (503, then no answer), then back");
    var r = await new OutageScenario(options.BotDll, options.OutageSeconds).RunAsync();
    Console.WriteLine(r.Describe());
    failed |= !r.Passed;
}

if (options.Runs("fanout"))
{
    Console.WriteLine("== restart during the morning fan-out");
    var scenario = new FanOutRestartScenario(options.BotDll);
    foreach (var kill in new[] { true, false })
    {
        for (var i = 1; i <= options.FanOutIterations; i++)
        {
            var r = await scenario.RunAsync(kill, random);
            Console.WriteLine(r.Describe());
            failed |= !r.Passed;
        }
    }
}

Console.WriteLine(failed ? "FAILED" : "PASSED");
return failed ? 1 : 0;

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Practices;
using CutoverBot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CutoverBot.Tests.Security;

/// <summary>
/// Ten thousand generated requests through the real /api/messages: hostile text, malformed activities, forged and huge
/// card data, bodies that are not JSON. The seed is printed; CUTOVERBOT_FUZZ_SEED replays a run and
/// CUTOVERBOT_FUZZ_REQUESTS changes its length.
/// </summary>
public sealed class FuzzEndpointTests(FuzzFixture bot, ITestOutputHelper output) : IClassFixture<FuzzFixture>
{
    private const int DefaultSeed = 20260310;
    private const int DefaultRequests = 10_000;
    private const string TeamId = "19:fuzz-practice@thread.tacv2";

    private static readonly FakeMember Manager = new("29:fuzz-manager", "Pat Manager");
    private static readonly FakeMember Staff = new("29:fuzz-staff", "Bob Reception");
    private static readonly FakeMember Guest = new("29:fuzz-guest", "Gina ICB", "guest");

    private readonly List<string> _problems = [];

    private static string ProblemFile => Path.Combine(Path.GetTempPath(), "cutoverbot-fuzz-problems.txt");

    [Fact]
    public async Task Messages_TenThousandGeneratedRequests_NoServerErrorNoCrashNoLostEntry()
    {
        var seed = Setting("CUTOVERBOT_FUZZ_SEED", DefaultSeed);
        var count = Setting("CUTOVERBOT_FUZZ_REQUESTS", DefaultRequests);
        var only = Setting("CUTOVERBOT_FUZZ_ONLY", -1);
        output.WriteLine($"Fuzz seed {seed} (CUTOVERBOT_FUZZ_SEED replays a run, CUTOVERBOT_FUZZ_ONLY=n sends request #n alone), {count:N0} requests");
        File.Delete(ProblemFile);
        var seeded = await SetUpPracticeAsync();
        var requests = new FuzzRequests(seed, bot.ServiceUrl, TeamId, Staff, Guest, seeded.Select(e => e.Id.ToString()).ToList());

        var results = new ConcurrentBag<(FuzzRequest Request, int Status, string? Thrown)>();
        var clock = Stopwatch.StartNew();
        // Parallel batches: each request is made from the seed and its index alone, so order does not change what is sent.
        var indexes = only >= 0 ? [only] : Enumerable.Range(0, count);
        await Parallel.ForEachAsync(indexes, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (index, _) =>
        {
            var request = requests.Make(index);
            try
            {
                using var response = await SendAsync(request);
                results.Add((request with { Body = "" }, (int)response.StatusCode, null));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                results.Add((request with { Body = "" }, 0, ex.GetType().Name));
            }
        });
        clock.Stop();
        Report(results, clock.Elapsed);

        Assert.Equal(indexes.Count(), results.Count);
        Collect("server errors", results.Where(r => r.Status >= 500 || r.Thrown is not null)
            .Select(r => $"{r.Request} -> {r.Status} {r.Thrown}: {Shorten(requests.Make(r.Request.Index).Body)}"));
        Collect("errors or exceptions logged", bot.Probe.Failures.Select(l => l.ToString()));
        Collect("log lines with the patient", bot.Logs.Lines.Where(MentionsThePatient));

        var entries = bot.Service<IEntryStore>();
        var answered = results.Where(r => r.Request.EntryAuthor is not null && r.Status is >= 200 and < 300).ToList();
        output.WriteLine($"{answered.Count:N0} well-formed quick entries answered 2xx; each must be stored");
        Collect("lost entries", answered.Where(r => entries.LastByAuthor(r.Request.EntryAuthor!) is null).Select(r => $"{r.Request} -> {r.Status} but nothing stored"));
        Assert.Empty(_problems);
        // In the practice, that is: a guest's personal chat is held for them alone, like anyone's the bot cannot place yet.
        Assert.DoesNotContain(entries.KeysForPractice(TeamId), k => k.AuthorId == Guest.Id);
        Assert.All(seeded, e => Assert.False(entries.Find(e.Id)!.Deleted, $"seeded entry {e.Reference} deleted by a forged request"));
        var references = entries.KeysForPractice(TeamId).Select(k => entries.Find(k.Id)!.Reference).ToList();
        Assert.Equal(references.Count, references.Distinct().Count());

        await AssertStillHealthyAsync();
    }

    /// <summary>A practice, set up, with a manager, a member of staff and a guest, and three entries by the manager.</summary>
    private async Task<IReadOnlyList<Entry>> SetUpPracticeAsync()
    {
        var practice = await PracticeSetup.InstallAsync(bot, TeamId, "Fuzz Surgery", Manager, Staff, Guest);
        var today = LondonTime.Today(bot.Time);
        practice.ManagerUserId = Manager.Id;
        practice.FdpDate = today.AddDays(-3);
        practice.GoLiveDate = today.AddDays(4);
        practice.SetUpOn = today.AddDays(-5);
        bot.Service<IPracticeStore>().Upsert(practice);
        foreach (var text in new[] { "log call Margaret Evans 14/02/1948", "path result Sarah Jones FBC", "home visit Tomasz Nowak" })
            (await bot.SendAsync(TeamsActivities.ChannelMessage(bot.ServiceUrl, TeamId, Manager, text))).EnsureSuccessStatusCode();
        var seeded = bot.Service<IEntryStore>().ForPractice(TeamId);
        Assert.Equal(3, seeded.Count);
        return seeded;
    }

    private async Task AssertStillHealthyAsync()
    {
        var health = await bot.Client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);

        var author = new FakeMember("29:fuzz-after", "Alex After");
        await PracticeSetup.InstallAsync(bot, "19:fuzz-after@thread.tacv2", "After Surgery", author);
        var before = bot.Connector.Calls.Count;
        var clock = Stopwatch.StartNew();
        var response = await bot.SendAsync(TeamsActivities.ChannelMessage(bot.ServiceUrl, "19:fuzz-after@thread.tacv2", author, "log call Margaret Evans 14/02/1948 wants her bloods"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Reported, not asserted: how long it takes depends on how busy the machine is, not on the bot being healthy.
        output.WriteLine($"a normal entry after the run was answered in {clock.Elapsed.TotalSeconds:N1} s");
        var entry = Assert.Single(bot.Service<IEntryStore>().ForPractice("19:fuzz-after@thread.tacv2"));
        Assert.Equal("Margaret Evans", entry.Patient.Name);
        Assert.Contains(bot.CallsSince(before), c => c.Everything.Contains(entry.Reference, StringComparison.Ordinal));
    }

    private Task<HttpResponseMessage> SendAsync(FuzzRequest request)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(request.Body));
        if (request.ContentType is not null) content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
        return bot.Client.PostAsync("/api/messages", content);
    }

    private static bool MentionsThePatient(string line) =>
        line.Contains("Quartermaine", StringComparison.OrdinalIgnoreCase) || line.Contains(FuzzText.PatientNhsNumber, StringComparison.Ordinal) ||
        line.Contains(FuzzText.PatientNhsNumber.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);

    private void Report(IEnumerable<(FuzzRequest Request, int Status, string? Thrown)> results, TimeSpan elapsed)
    {
        var list = results.ToList();
        output.WriteLine($"{list.Count:N0} requests in {elapsed.TotalSeconds:N1} s ({list.Count / elapsed.TotalSeconds:N0}/s)");
        foreach (var group in list.GroupBy(r => r.Request.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
            output.WriteLine($"  {group.Key}: {group.Count()} -> " + string.Join(", ", group.GroupBy(r => r.Status).OrderBy(s => s.Key).Select(s => $"{s.Key}x{s.Count()}")));
    }

    // The first few, each with its index so it can be made again on its own.
    private void Collect(string what, IEnumerable<string> found)
    {
        var list = found.ToList();
        if (list.Count == 0) return;
        var shown = string.Join(Environment.NewLine, list.Take(20));
        output.WriteLine($"{list.Count} {what} (all in {ProblemFile}):{Environment.NewLine}{shown}");
        File.AppendAllLines(ProblemFile, [$"== {list.Count} {what}", .. list]);
        _problems.Add($"{list.Count} {what}, first: {list[0]}");
    }

    private static string Shorten(string body) => body.Length <= 1500 ? body : body[..1500] + $"... ({body.Length:N0} chars)";

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}

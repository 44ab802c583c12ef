using CutoverBot.Core.Kernel;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using CutoverBot.Cli;
using CutoverBot.Core.Commands;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Storage;
using CutoverBot.Tests.Infrastructure;
using CutoverBot.Tests.Manifest;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CutoverBot.Tests.Tabs.Browser;

/// <summary>
/// The real host in Development on a real port, with seed-demo's practice (Riverside Surgery, one day after go-live),
/// a second practice (Hillview) with an entry of its own, and the ICB's team that Riverside shares with; then one run of
/// tests/cardcheck/tabs-browser.js in Debian's Chromium over all the pages. The tests assert on what it saw.
/// Set CUTOVERBOT_TABS_SCREENSHOTS to a folder to have the same run redraw the README's screenshots (tests/cardcheck/tabs-gallery.sh).
/// </summary>
public sealed class TabsBrowserFixture : IAsyncLifetime
{
    public const string Hillview = "19:browser-hillview@thread.tacv2";
    public const string Icb = "19:browser-icb@thread.tacv2";
    public const string Meadow = "19:browser-meadow@thread.tacv2";
    public const string HildaObjectId = "5a5a5a5a-0000-4000-8000-000000000001";
    public const string IcbLeadObjectId = "5a5a5a5a-0000-4000-8000-000000000002";

    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), "cutoverbot-tests", Guid.NewGuid().ToString("N") + ".db");
    private BotFactory? _factory;

    public JsonObject Seen { get; private set; } = null!;
    public Entry HildaEntry { get; private set; } = null!;
    public IReadOnlyList<Entry> RiversideEntries { get; private set; } = [];

    public async Task InitializeAsync()
    {
        _factory = new BotFactory(_databasePath, TimeProvider.System, new LogCapture(), settings: new Dictionary<string, string?> { ["Scheduler:Enabled"] = "false" });
        _factory.UseKestrel(0);
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
            .Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal);
        Seed(_factory.Services);
        Seen = await RunBrowserAsync(address);
    }

    private void Seed(IServiceProvider services)
    {
        var db = services.GetRequiredService<CutoverDatabase>();
        new DemoSeeder(db, Core.Entries.LondonTime.Today(TimeProvider.System)).Run();
        var practices = services.GetRequiredService<IPracticeStore>();
        practices.Upsert(new Practice { Id = Hillview, Name = "Hillview Medical Centre", Active = true, TenantId = DemoPractice.TenantId });
        practices.UpsertMember(new PracticeMember { PracticeId = Hillview, UserId = "29:browser-hilda", Name = "Hilda Hillview", AadObjectId = HildaObjectId });
        practices.Upsert(new Practice { Id = Icb, Name = "North ICB Digital", Active = true, TenantId = DemoPractice.TenantId });
        practices.UpsertMember(new PracticeMember { PracticeId = Icb, UserId = "29:browser-icb-lead", Name = "Ines ICB Lead", AadObjectId = IcbLeadObjectId });
        var router = services.GetRequiredService<ChatCommandRouter>();
        var hilda = new ChatUser("29:browser-hilda", "Hilda Hillview", HildaObjectId);
        router.HandleAsync(new ChatContext(hilda, ConversationKind.Personal, null), "log call Ann Lee 12/9/1970 wants a call back", CancellationToken.None).GetAwaiter().GetResult();
        HildaEntry = services.GetRequiredService<IEntryStore>().LastByAuthor(hilda.Id)!;
        var helen = new ChatUser(DemoPractice.Helen.Id, DemoPractice.Helen.Name, DemoPractice.Helen.AadObjectId);
        router.HandleAsync(new ChatContext(helen, ConversationKind.Personal, null), "share progress with North ICB Digital", CancellationToken.None).GetAwaiter().GetResult();
        // A second practice sharing with the ICB, going live later, so the programme tab has rows to sort.
        var today = Core.Entries.LondonTime.Today(TimeProvider.System);
        var mo = new ChatUser("29:browser-mo", "Mo Meadow", "5a5a5a5a-0000-4000-8000-000000000003");
        practices.Upsert(new Practice
        {
            Id = Meadow, Name = "Meadow Lane Surgery", OdsCode = "F81002", Active = true, TenantId = DemoPractice.TenantId, ManagerUserId = mo.Id,
            FdpDate = today.AddDays(10), GoLiveDate = today.AddDays(17), SetUpOn = today.AddDays(-5),
        });
        practices.UpsertMember(new PracticeMember { PracticeId = Meadow, UserId = mo.Id, Name = mo.Name, AadObjectId = mo.AadObjectId });
        router.HandleAsync(new ChatContext(mo, ConversationKind.Personal, null), "log call Rose Hill 3/3/1950 wants a call back", CancellationToken.None).GetAwaiter().GetResult();
        router.HandleAsync(new ChatContext(mo, ConversationKind.Personal, null), "share progress with North ICB Digital", CancellationToken.None).GetAwaiter().GetResult();
        RiversideEntries = services.GetRequiredService<IEntryStore>().ForPractice(DemoPractice.TeamId);
    }

    private async Task<JsonObject> RunBrowserAsync(string baseUrl)
    {
        var folder = Path.Combine(RepositoryPaths.Root, "tests", "cardcheck");
        Assert.True(Directory.Exists(Path.Combine(folder, "node_modules", "playwright-core")),
            "playwright-core is not installed: run `npm ci --prefix tests/cardcheck` from the repository root.");
        var plan = Path.Combine(Path.GetTempPath(), "cutoverbot-tests", Guid.NewGuid().ToString("N") + ".json");
        await File.WriteAllTextAsync(plan, JsonSerializer.Serialize(new
        {
            baseUrl,
            people = new
            {
                manager = DemoPractice.Helen.AadObjectId, staff = DemoPractice.Sam.AadObjectId, guest = DemoPractice.Chris.AadObjectId, icb = IcbLeadObjectId,
            },
            teams = new { practice = DemoPractice.TeamId, other = Hillview, icb = Icb },
            otherEntryId = HildaEntry.Id.ToString("D"),
            screenshots = Environment.GetEnvironmentVariable("CUTOVERBOT_TABS_SCREENSHOTS") is { Length: > 0 } shots ? Path.GetFullPath(shots) : null,
        }));
        var start = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("tabs-browser.js");
        start.ArgumentList.Add(plan);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node (is Node.js 20 on the PATH?).");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        File.Delete(plan);
        Assert.True(process.ExitCode == 0, "tabs-browser.js failed:\n" + await errors);
        return JsonNode.Parse(await output)!.AsObject();
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null) await _factory.DisposeAsync();
        try
        {
            File.Delete(_databasePath);
        }
        catch (IOException)
        {
            // A leftover temp file is harmless.
        }
    }
}

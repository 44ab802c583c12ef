using CutoverBot.Core.Kernel;
using System.Net.Http.Headers;
using CutoverBot.Core.Commands;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Practices;
using CutoverBot.Tests.Infrastructure;
using CutoverBot.Tests.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CutoverBot.Tests.Tabs;

/// <summary>
/// The real host in Production with the bot's app id, its tabs' sign-in pointed at a local <see cref="EntraIssuer"/>,
/// and two practices: Riverside (Pat the manager, Sam and Alex staff, Ivy a guest) and Hillview (Hilda), plus the ICB's
/// team that Riverside shares with. Clock: Thu 10 Dec 2026, two days after Riverside's go-live.
/// </summary>
public sealed class TabsFixture : IAsyncLifetime
{
    public const string AppId = "6e4d0f2b-8c3a-4d2e-9f1b-1b2c3d4e5f60";
    public const string AppIdUri = "api://cutoverbot.example.org/" + AppId;
    public const string Riverside = "19:tabs-riverside@thread.tacv2";
    public const string Hillview = "19:tabs-hillview@thread.tacv2";
    public const string Icb = "19:tabs-icb@thread.tacv2";

    public static readonly TabPerson Pat = new("29:tabs-pat", "Pat Manager", "0b6a3a8e-0000-4000-8000-000000000001");
    public static readonly TabPerson Sam = new("29:tabs-sam", "Sam Reception", "0b6a3a8e-0000-4000-8000-000000000002");
    public static readonly TabPerson Alex = new("29:tabs-alex", "Alex Admin", "0b6a3a8e-0000-4000-8000-000000000003");
    public static readonly TabPerson Ivy = new("29:tabs-ivy", "Ivy ICB", "0b6a3a8e-0000-4000-8000-000000000004");
    public static readonly TabPerson Hilda = new("29:tabs-hilda", "Hilda Hillview", "0b6a3a8e-0000-4000-8000-000000000005");
    public static readonly TabPerson Stranger = new("29:tabs-stranger", "Stan Stranger", "0b6a3a8e-0000-4000-8000-000000000006");

    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), "cutoverbot-tests", Guid.NewGuid().ToString("N") + ".db");

    public EntraIssuer Issuer { get; } = new();
    public FakeConnector Connector { get; } = new();
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero));
    public LogCapture Logs { get; } = new();
    public BotFactory Factory { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;
    public Entry SamCall { get; private set; } = null!;
    public Entry SamReg { get; private set; } = null!;
    public Entry AlexCall { get; private set; } = null!;
    public Entry HildaCall { get; private set; } = null!;

    public T Service<T>() where T : notnull => Factory.Services.GetRequiredService<T>();

    public async Task InitializeAsync()
    {
        await Issuer.StartAsync();
        await Connector.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["Scheduler:Enabled"] = "false",
            ["Tabs:MetadataAddress"] = Issuer.MetadataAddress,
            ["Tabs:ApplicationIdUri"] = AppIdUri,
        };
        Factory = new BotFactory(_databasePath, Time, Logs, environment: "Production", appId: AppId, appPassword: "not-a-real-secret", settings: settings,
            services: s =>
            {
                s.AddSingleton<ServiceClientCredentialsFactory>(sp => new AuthenticationCredentials(sp.GetRequiredService<IConfiguration>()));
                // Only here: the local issuer speaks plain HTTP. The host itself always requires HTTPS metadata.
                s.Configure<JwtBearerOptions>(CutoverBot.Tabs.TabsServiceCollectionExtensions.Scheme, o => o.RequireHttpsMetadata = false);
            });
        Client = Factory.CreateClient();
        Seed();
    }

    private void Seed()
    {
        var practices = Service<IPracticeStore>();
        void Add(string id, string name, TabPerson? manager, DateOnly? fdp, DateOnly? goLive, params (TabPerson Person, bool Guest)[] people)
        {
            practices.Upsert(new Practice
            {
                Id = id, Name = name, ManagerUserId = manager?.Id, Active = true, ChannelId = id, TenantId = EntraIssuer.TenantId, ServiceUrl = Connector.ServiceUrl,
                FdpDate = fdp, GoLiveDate = goLive, SetUpOn = fdp?.AddDays(-40), OdsCode = id == Riverside ? "Y01234" : null,
            });
            foreach (var (person, guest) in people)
                practices.UpsertMember(new PracticeMember { PracticeId = id, UserId = person.Id, Name = person.Name, AadObjectId = person.ObjectId, IsGuest = guest });
        }
        Add(Riverside, "Riverside Surgery", Pat, new DateOnly(2026, 11, 27), new DateOnly(2026, 12, 8), (Pat, false), (Sam, false), (Alex, false), (Ivy, true));
        Add(Hillview, "Hillview Medical Centre", null, null, null, (Hilda, false));
        Add(Icb, "North ICB Digital", null, null, null, (Ivy, false));

        var router = Service<ChatCommandRouter>();
        Entry Log(TabPerson who, string text)
        {
            Time.Advance(TimeSpan.FromMinutes(5));
            router.HandleAsync(new ChatContext(who.ChatUser, ConversationKind.Personal, null), text, CancellationToken.None).GetAwaiter().GetResult();
            return Service<IEntryStore>().LastByAuthor(who.Id)!;
        }
        SamCall = Log(Sam, "log call Margaret Evans 14/02/1948 wants her bloods");
        SamReg = Log(Sam, "new reg Tomasz Nowak dob 22 Aug 1990 GMS1 in tray");
        AlexCall = Log(Alex, "log call John Smith 1/1/1960 sick note");
        HildaCall = Log(Hilda, "log call Ann Lee 12/9/1970 wants a call back");
        router.HandleAsync(new ChatContext(Pat.ChatUser, ConversationKind.Personal, null), "share progress with North ICB Digital", CancellationToken.None)
            .GetAwaiter().GetResult();
        // Go-live was on Tue 8 Dec; it is now Thu 10 Dec.
        Time.SetUtcNow(new DateTimeOffset(2026, 12, 10, 10, 0, 0, TimeSpan.Zero));
    }

    public string TokenFor(TabPerson person, string? audience = null) => Issuer.Token(person.ObjectId, audience ?? AppId, name: person.Name);

    public async Task<HttpResponseMessage> GetAsync(string path, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await Client.SendAsync(request);
    }

    public async Task<HttpResponseMessage> PostAsync(string path, string? token, string? json = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (json is not null) request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        return await Client.SendAsync(request);
    }

    public static string Q(string value) => Uri.EscapeDataString(value);

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await Connector.DisposeAsync();
        await Issuer.DisposeAsync();
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

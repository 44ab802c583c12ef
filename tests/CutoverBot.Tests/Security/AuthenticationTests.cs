using System.Net;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Practices;
using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests.Security;

/// <summary>
/// With MicrosoftAppId set, only requests carrying a Bot Framework channel token signed by a key from the OpenID
/// metadata, issued by the Bot Framework, addressed to this bot, in date and naming the activity's serviceUrl are
/// handled. Everything else is 401, with nothing stored and nothing sent.
/// </summary>
public sealed class AuthenticationTests(AuthenticationFixture bot) : IClassFixture<AuthenticationFixture>
{
    private const string Entry = "log call Margaret Evans 14/02/1948 wants her bloods";

    public static TheoryData<string> BadCredentials =>
    [
        "no token", "not bearer", "garbage", "three parts", "unsigned", "other key", "expired", "wrong audience",
        "wrong issuer", "other serviceUrl",
    ];

    [Theory]
    [MemberData(nameof(BadCredentials))]
    public async Task Message_BadCredentials_Returns401AndNothingStoredOrSent(string scenario)
    {
        var teamId = "19:auth-" + scenario.Replace(' ', '-') + "@thread.tacv2";
        var stranger = new FakeMember("29:stranger-" + scenario.Replace(' ', '-'), "Stranger");
        var before = bot.Connector.Calls.Count;

        var install = await bot.SendAsync(TeamsActivities.InstallInTeam(bot.ServiceUrl, teamId, "Forged Surgery", stranger), Authorization(scenario));
        var message = await bot.SendAsync(TeamsActivities.ChannelMessage(bot.ServiceUrl, teamId, stranger, Entry), Authorization(scenario));
        var personal = await bot.SendAsync(TeamsActivities.PersonalMessage(bot.ServiceUrl, stranger, Entry), Authorization(scenario));

        Assert.Equal(HttpStatusCode.Unauthorized, install.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, message.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, personal.StatusCode);
        Assert.Null(bot.Service<IPracticeStore>().Find(teamId));
        Assert.Null(bot.Service<IPracticeStore>().FindUser(stranger.Id));
        Assert.Empty(bot.Service<IEntryStore>().ForPractice(teamId));
        Assert.Empty(bot.Connector.Calls.Skip(before));
    }

    [Fact]
    public async Task Message_BadCredentialsInAnInstalledPractice_StoresNoEntry()
    {
        const string teamId = "19:auth-installed@thread.tacv2";
        var sam = new FakeMember("29:auth-sam", "Sam Reception");
        await InstallAsync(teamId, sam);
        var before = bot.Connector.Calls.Count;

        foreach (var scenario in BadCredentials)
        {
            var response = await bot.SendAsync(TeamsActivities.ChannelMessage(bot.ServiceUrl, teamId, sam, Entry), Authorization(scenario));
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        Assert.Empty(bot.Service<IEntryStore>().ForPractice(teamId));
        Assert.Empty(bot.Connector.Calls.Skip(before));
    }

    [Fact]
    public async Task Message_ValidChannelToken_EntryStoredAndAnswered()
    {
        const string teamId = "19:auth-valid@thread.tacv2";
        var jo = new FakeMember("29:auth-jo", "Jo Nurse");
        await InstallAsync(teamId, jo);
        var before = bot.Connector.Calls.Count;

        var response = await bot.SendAsync(TeamsActivities.ChannelMessage(bot.ServiceUrl, teamId, jo, Entry), "Bearer " + bot.ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = Assert.Single(bot.Service<IEntryStore>().ForPractice(teamId));
        Assert.Equal(jo.Id, entry.AuthorId);
        Assert.Contains(bot.Connector.Calls.Skip(before), c => c.ConversationId?.StartsWith(teamId, StringComparison.Ordinal) == true &&
            c.Everything.Contains(entry.Reference, StringComparison.Ordinal));
        // The keys came from the local metadata document, fetched by the SDK itself.
        Assert.Contains("/v1/.well-known/openidconfiguration", bot.Issuer.Requests);
        Assert.Contains("/v1/.well-known/keys", bot.Issuer.Requests);
    }

    [Fact]
    public async Task Message_MalformedToken_LogsTheReasonButNeverTheToken()
    {
        var forged = bot.Issuer.Token("some-other-bot", bot.ServiceUrl);

        var garbage = await bot.SendAsync(TeamsActivities.PersonalMessage(bot.ServiceUrl, new FakeMember("29:auth-log", "Log"), "help"), "Bearer garbage-token-text");
        var wrongAudience = await bot.SendAsync(TeamsActivities.PersonalMessage(bot.ServiceUrl, new FakeMember("29:auth-log", "Log"), "help"), "Bearer " + forged);

        Assert.Equal(HttpStatusCode.Unauthorized, garbage.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongAudience.StatusCode);
        var log = string.Join("\n", bot.Logs.Lines);
        Assert.Contains("SecurityTokenMalformedException", log);
        Assert.DoesNotContain("garbage-token-text", log);
        Assert.DoesNotContain(forged.Split('.')[1], log);
        Assert.DoesNotContain("some-other-bot", log);
    }

    private async Task InstallAsync(string teamId, FakeMember installer)
    {
        bot.Connector.SetRoster(teamId, installer);
        var response = await bot.SendAsync(TeamsActivities.InstallInTeam(bot.ServiceUrl, teamId, "Riverside Surgery", installer), "Bearer " + bot.ValidToken());
        Assert.True(response.StatusCode == HttpStatusCode.OK, string.Join("\n", bot.Logs.Lines));
        Assert.NotNull(bot.Service<IPracticeStore>().Find(teamId));
    }

    private string? Authorization(string scenario) => scenario switch
    {
        "no token" => null,
        "not bearer" => "Basic " + Convert.ToBase64String("user:password"u8.ToArray()),
        "garbage" => "Bearer garbage",
        "three parts" => "Bearer " + bot.ValidToken() + " extra",
        "unsigned" => "Bearer " + AuthenticationIssuer.UnsignedToken(AuthenticationFixture.AppId, bot.ServiceUrl),
        "other key" => "Bearer " + bot.Issuer.Token(AuthenticationFixture.AppId, bot.ServiceUrl, otherKey: true),
        "expired" => "Bearer " + bot.Issuer.Token(AuthenticationFixture.AppId, bot.ServiceUrl, expiresIn: TimeSpan.FromMinutes(-10)),
        "wrong audience" => "Bearer " + bot.Issuer.Token("some-other-bot", bot.ServiceUrl),
        "wrong issuer" => "Bearer " + bot.Issuer.Token(AuthenticationFixture.AppId, bot.ServiceUrl, issuer: "https://issuer.invalid"),
        "other serviceUrl" => "Bearer " + bot.Issuer.Token(AuthenticationFixture.AppId, "https://smba.attacker.invalid/teams/"),
        _ => throw new ArgumentOutOfRangeException(nameof(scenario)),
    };
}

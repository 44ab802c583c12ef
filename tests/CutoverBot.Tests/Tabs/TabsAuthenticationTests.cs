using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CutoverBot.Tests.Security;
using static CutoverBot.Tests.Tabs.TabsFixture;

namespace CutoverBot.Tests.Tabs;

/// <summary>
/// Outside Development, /api/tabs/* takes only an Entra ID access token for this app, signed by a key from the
/// OpenID metadata, in date, from the tenant it names: anything else is 401. A good token for someone not on the
/// roster of the team asked for is 403.
/// </summary>
public sealed class TabsAuthenticationTests(TabsFixture tabs) : IClassFixture<TabsFixture>
{
    public static TheoryData<string> BadTokens => ["none", "garbage", "other key", "expired", "wrong audience", "other tenant's issuer", "bot channel token"];

    private string? Token(string scenario) => scenario switch
    {
        "none" => null,
        "garbage" => "not-a-token",
        "other key" => tabs.Issuer.Token(Sam.ObjectId, AppId, otherKey: true),
        "expired" => tabs.Issuer.Token(Sam.ObjectId, AppId, expiresIn: TimeSpan.FromMinutes(-10)),
        "wrong audience" => tabs.Issuer.Token(Sam.ObjectId, "api://elsewhere/some-other-app"),
        "other tenant's issuer" => tabs.Issuer.Token(Sam.ObjectId, AppId, issuer: EntraIssuer.IssuerFor("99999999-9999-4999-8999-999999999999")),
        "bot channel token" => tabs.Issuer.Token(Sam.ObjectId, AppId, issuer: AuthenticationIssuer.ChannelIssuer),
        _ => throw new ArgumentOutOfRangeException(nameof(scenario)),
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task Api_BadToken_Is401WithAClearMessageAndNoData(string scenario)
    {
        foreach (var path in new[] { $"/api/tabs/channel?team={Q(Riverside)}", $"/api/tabs/entries?practice={Q(Riverside)}", "/api/tabs/me",
                     $"/api/tabs/entries/{tabs.SamCall.Id:D}?practice={Q(Riverside)}", $"/api/tabs/programme?team={Q(Icb)}" })
        {
            using var response = await tabs.GetAsync(path, Token(scenario));
            var body = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Contains("Sign-in needed", body);
            Assert.DoesNotContain(tabs.SamCall.Reference, body);
        }
    }

    [Fact]
    public async Task Api_DevelopmentHeaderOutsideDevelopment_Is401()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/tabs/entries?practice={Q(Riverside)}");
        request.Headers.Add("X-CutoverBot-Dev-User", Sam.ObjectId);

        using var response = await tabs.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(AppId)]
    [InlineData(AppIdUri)]
    public async Task Channel_ValidTokenForEitherAudience_Is200(string audience)
    {
        using var response = await tabs.GetAsync($"/api/tabs/channel?team={Q(Riverside)}", tabs.TokenFor(Sam, audience));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Riverside Surgery", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("practiceName").GetString());
    }

    [Fact]
    public async Task Channel_ValidTokenNotOnTheRoster_Is403()
    {
        using var stranger = await tabs.GetAsync($"/api/tabs/channel?team={Q(Riverside)}", tabs.TokenFor(Stranger));
        using var otherPractice = await tabs.GetAsync($"/api/tabs/channel?team={Q(Riverside)}", tabs.TokenFor(Hilda));
        using var noSuchTeam = await tabs.GetAsync($"/api/tabs/channel?team={Q("19:nope@thread.tacv2")}", tabs.TokenFor(Sam));

        Assert.Equal(HttpStatusCode.Forbidden, stranger.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherPractice.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, noSuchTeam.StatusCode);
        Assert.Contains("not on this team's roster", await stranger.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Channel_TokenOfAnotherTenantForARosterMember_Is403()
    {
        var token = tabs.Issuer.Token(Sam.ObjectId, AppId, tenantId: "99999999-9999-4999-8999-999999999999");

        using var response = await tabs.GetAsync($"/api/tabs/channel?team={Q(Riverside)}", token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task PagesAndApi_CarryTheContentSecurityPolicy()
    {
        using var page = await tabs.GetAsync("/tabs/channel.html", null);
        using var api = await tabs.GetAsync($"/api/tabs/channel?team={Q(Riverside)}", tabs.TokenFor(Sam));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var csp = Assert.Single(page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("frame-ancestors", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("no-store", api.Headers.CacheControl?.ToString());
    }
}

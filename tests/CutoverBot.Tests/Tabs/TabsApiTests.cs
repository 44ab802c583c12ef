using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Progress;
using static CutoverBot.Tests.Tabs.TabsFixture;

namespace CutoverBot.Tests.Tabs;

/// <summary>What each person gets from the tabs' API with a valid token: counts for guests, entries for staff, nothing of another practice.</summary>
public sealed class TabsApiTests(TabsFixture tabs) : IClassFixture<TabsFixture>
{
    private async Task<(HttpStatusCode Status, JsonElement Body, string Text)> Get(string path, TabPerson who)
    {
        using var response = await tabs.GetAsync(path, tabs.TokenFor(who));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone(), text);
    }

    [Fact]
    public async Task Channel_Guest_GetsCountsAndNoPatientDetailOrEntry()
    {
        var (status, body, text) = await Get($"/api/tabs/channel?team={Q(Riverside)}", Ivy);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(3, body.GetProperty("entriesLogged").GetInt32());
        Assert.True(body.GetProperty("afterGoLive").GetBoolean());
        Assert.DoesNotContain("Margaret", text);
        Assert.DoesNotContain("1948", text);
        Assert.DoesNotContain(tabs.SamCall.Reference, text);
    }

    [Fact]
    public async Task Entries_Guest_Is403()
    {
        var (status, _, text) = await Get($"/api/tabs/entries?practice={Q(Riverside)}", Ivy);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("Only the practice's staff", text);
    }

    [Fact]
    public async Task Me_Staff_ListsTheirPracticesOnly()
    {
        var (_, body, _) = await Get("/api/tabs/me", Sam);

        Assert.Equal(["Riverside Surgery"], body.GetProperty("practices").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Entries_Staff_OwnOnlyAndManagerEveryone()
    {
        var (_, own, ownText) = await Get($"/api/tabs/entries?practice={Q(Riverside)}", Sam);
        var (_, all, _) = await Get($"/api/tabs/entries?practice={Q(Riverside)}&everyone=true", Pat);
        var (refused, _, _) = await Get($"/api/tabs/entries?practice={Q(Riverside)}&everyone=true", Sam);

        Assert.Equal(2, own.GetProperty("matched").GetInt32());
        Assert.DoesNotContain(tabs.AlexCall.Reference, ownText);
        Assert.DoesNotContain("Margaret", ownText);
        Assert.Equal(3, all.GetProperty("matched").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, refused);
    }

    [Fact]
    public async Task Details_Own_ShowsPatientAndIsAudited()
    {
        var (status, body, _) = await Get($"/api/tabs/entries/{tabs.SamReg.Id:D}?practice={Q(Riverside)}", Sam);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Tomasz Nowak", body.GetProperty("patientName").GetString());
        Assert.Contains(tabs.Service<IAuditStore>().ForPractice(Riverside),
            a => a.Action == AuditAction.Viewed && a.EntryId == tabs.SamReg.Id && a.Surface == PersonalEntries.Surface && a.UserId == Sam.Id);
    }

    [Fact]
    public async Task Details_AnotherPracticesEntry_IsNeverReachable()
    {
        // Hillview's entry asked for as Riverside's, by Riverside's manager; and Hillview asked for by Riverside staff.
        var (asRiverside, _, text1) = await Get($"/api/tabs/entries/{tabs.HildaCall.Id:D}?practice={Q(Riverside)}", Pat);
        var (asHillview, _, text2) = await Get($"/api/tabs/entries/{tabs.HildaCall.Id:D}?practice={Q(Hillview)}", Pat);
        var (list, _, _) = await Get($"/api/tabs/entries?practice={Q(Hillview)}", Sam);

        Assert.Equal(HttpStatusCode.Forbidden, asRiverside);
        Assert.Equal(HttpStatusCode.Forbidden, asHillview);
        Assert.Equal(HttpStatusCode.Forbidden, list);
        Assert.DoesNotContain("Ann Lee", text1 + text2);
    }

    [Theory]
    [InlineData("/api/tabs/entries/not-a-guid?practice=P")]
    [InlineData("/api/tabs/entries?practice=P&kind=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX")]
    [InlineData("/api/tabs/entries?practice=P&kind=explode")]
    [InlineData("/api/tabs/entries?practice=P&status=%00%01")]
    [InlineData("/api/tabs/entries?practice=P&everyone=perhaps")]
    [InlineData("/api/tabs/channel")]
    [InlineData("/api/tabs/channel?team=TOOLONG")]
    public async Task Api_BadInput_Is400WithAMessage(string path)
    {
        path = path.Replace("practice=P", "practice=" + Q(Riverside), StringComparison.Ordinal).Replace("TOOLONG", new string('x', 5000), StringComparison.Ordinal);

        using var response = await tabs.GetAsync(path, tabs.TokenFor(Sam));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(text.Length > 0, "a 400 should say why");
    }

    [Fact]
    public async Task Programme_IcbMember_SeesSharingPracticesOnlyAsCounts()
    {
        var (status, body, text) = await Get($"/api/tabs/programme?team={Q(Icb)}", Ivy);
        var (other, _, _) = await Get($"/api/tabs/programme?team={Q(Icb)}", Sam);

        Assert.Equal(HttpStatusCode.OK, status);
        var row = Assert.Single(body.GetProperty("practices").EnumerateArray());
        Assert.Equal("Riverside Surgery", row.GetProperty("name").GetString());
        Assert.Equal("Y01234", row.GetProperty("odsCode").GetString());
        Assert.DoesNotContain("Hillview", text);
        Assert.DoesNotContain("Margaret", text);
        Assert.Equal(HttpStatusCode.Forbidden, other);
    }
}

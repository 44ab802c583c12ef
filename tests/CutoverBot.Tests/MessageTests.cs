using System.Net;
using System.Text.RegularExpressions;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Parsing;
using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests;

public abstract partial class MessageTests<TBot>(TBot bot) : IClassFixture<TBot> where TBot : BotFixture
{
    private const string Margaret = "log call Margaret Evans 14/02/1948 wants her bloods";

    private IEntryStore Entries => bot.Service<IEntryStore>();

    [Fact]
    public async Task ChannelEntry_WithMention_StoresEntryAndKeepsPatientDetailsOutOfTheChannel()
    {
        const string teamId = "19:riverside-channel@thread.tacv2";
        var sam = new FakeMember("29:channel-sam", "Sam Reception");
        await PracticeSetup.InstallAsync(bot, teamId, "Riverside Surgery", sam);
        var before = bot.Connector.Calls.Count;

        var response = await bot.SendAsync(TeamsActivities.ChannelMessage(bot.ServiceUrl, teamId, sam, Margaret));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = Assert.Single(Entries.ForPractice(teamId));
        Assert.Equal(EntryCategory.Call, entry.Category);
        Assert.Equal("Margaret Evans", entry.Patient.Name);
        Assert.Equal(new DateOnly(1948, 2, 14), entry.Patient.DateOfBirth);
        Assert.Equal(sam.Id, entry.AuthorId);

        var calls = bot.CallsSince(before);
        var toChannel = calls.Where(c => c.ConversationId?.StartsWith(teamId, StringComparison.Ordinal) == true).ToList();
        Assert.NotEmpty(toChannel);
        Assert.Contains(toChannel, c => c.Everything.Contains(entry.Reference, StringComparison.Ordinal));
        Assert.All(toChannel, c => AssertNoPatientDetails(c.Everything));
        // The channel answer goes into the message's thread.
        Assert.All(toChannel, c => Assert.NotNull(c.ActivityId));

        var created = Assert.Single(calls, c => c.Path == "/v3/conversations");
        Assert.Equal(sam.Id, created.Body!["members"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(TeamsActivities.TenantId, created.Body!["tenantId"]!.GetValue<string>());
        var personal = calls.Where(c => c.ConversationId == "a:personal-" + sam.Id).ToList();
        Assert.Contains(personal, c => c.Everything.Contains("Margaret Evans", StringComparison.Ordinal) && c.Card is not null);
    }

    [Fact]
    public async Task ChannelEntry_SecondEntry_ReusesThePersonalChat()
    {
        const string teamId = "19:riverside-reuse@thread.tacv2";
        var alex = new FakeMember("29:channel-alex", "Alex Admin");
        await PracticeSetup.InstallAsync(bot, teamId, "Reuse Surgery", alex);
        await bot.SendAsync(TeamsActivities.ChannelMessage(bot.ServiceUrl, teamId, alex, Margaret));
        var before = bot.Connector.Calls.Count;

        await bot.SendAsync(TeamsActivities.ChannelMessage(bot.ServiceUrl, teamId, alex, "new reg Tomasz Nowak dob 22 Aug 1990"));

        var calls = bot.CallsSince(before);
        Assert.DoesNotContain(calls, c => c.Path == "/v3/conversations");
        Assert.Contains(calls, c => c.ConversationId == "a:personal-" + alex.Id && c.Everything.Contains("Tomasz Nowak", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PersonalEntry_StaffMember_StoredInTheirPracticeAndDetailsShownThere()
    {
        const string teamId = "19:riverside-personal@thread.tacv2";
        var jo = new FakeMember("29:personal-jo", "Jo Nurse");
        await PracticeSetup.InstallAsync(bot, teamId, "Personal Surgery", jo);
        var before = bot.Connector.Calls.Count;

        var response = await bot.SendAsync(TeamsActivities.PersonalMessage(bot.ServiceUrl, jo, "paper path result for Sarah Jones 5.6.82 FBC normal"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = Assert.Single(Entries.ForPractice(teamId));
        Assert.Equal(EntryCategory.PathResult, entry.Category);
        Assert.Equal("Sarah Jones", entry.Patient.Name);
        Assert.Equal(new DateOnly(1982, 6, 5), entry.Patient.DateOfBirth);
        var calls = bot.CallsSince(before);
        Assert.DoesNotContain(calls, c => c.Path == "/v3/conversations");
        var reply = Assert.Single(calls, c => c.Method == "POST");
        Assert.Equal("a:chat-with-" + jo.Id, reply.ConversationId);
        Assert.Contains(entry.Reference, reply.Everything, StringComparison.Ordinal);
        Assert.Contains("Sarah Jones", reply.Everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChannelMessage_HtmlLaden_ParsesLikePlainText()
    {
        const string teamId = "19:riverside-html@thread.tacv2";
        var pat = new FakeMember("29:html-pat", "Pat Admin");
        await PracticeSetup.InstallAsync(bot, teamId, "Html Surgery", pat);
        var activity = TeamsActivities.ChannelMessage(bot.ServiceUrl, teamId, pat, "");
        activity["textFormat"] = "xml";
        activity["text"] = "<p><at>CutoverBot</at>&nbsp;log&nbsp;call Margaret&nbsp;Evans 14/02/1948 wants her bloods</p>";

        var response = await bot.SendAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = Assert.Single(Entries.ForPractice(teamId));
        Assert.Equal(EntryCategory.Call, entry.Category);
        Assert.Equal("Margaret Evans", entry.Patient.Name);
        Assert.Equal(new DateOnly(1948, 2, 14), entry.Patient.DateOfBirth);
    }

    [Fact]
    public async Task ChannelEntry_ReplyFails_EntryStaysSaved()
    {
        const string teamId = "19:riverside-down@thread.tacv2";
        var kim = new FakeMember("29:down-kim", "Kim Reception");
        await PracticeSetup.InstallAsync(bot, teamId, "Down Surgery", kim);
        bot.Connector.FailPostsTo(teamId);

        var response = await bot.SendAsync(TeamsActivities.ChannelMessage(bot.ServiceUrl, teamId, kim, Margaret));

        Assert.True((int)response.StatusCode != 500, "a connector failure must not surface as a 500");
        var entry = Assert.Single(Entries.ForPractice(teamId));
        Assert.Equal("Margaret Evans", entry.Patient.Name);
    }

    private static void AssertNoPatientDetails(string posted)
    {
        Assert.DoesNotContain("Margaret", posted, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Evans", posted, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("1948", posted, StringComparison.Ordinal);
        Assert.DoesNotContain("bloods", posted, StringComparison.OrdinalIgnoreCase);
        Assert.False(DobPattern().IsMatch(posted), "a date of birth reached the channel");
    }

    [GeneratedRegex(@"14[/.\- ](0?2|Feb)", RegexOptions.IgnoreCase)]
    private static partial Regex DobPattern();
}

public sealed class MessageTestsOnLiteDb(BotFixture bot) : MessageTests<BotFixture>(bot);

public sealed class MessageTestsOnPostgreSql(PostgresBotFixture bot) : MessageTests<PostgresBotFixture>(bot);

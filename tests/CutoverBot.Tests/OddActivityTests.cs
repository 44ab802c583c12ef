using System.Net;
using System.Text.Json.Nodes;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Practices;
using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests;

/// <summary>Activities Teams itself would not send, found by probing: each gets a clear answer and loses nothing.</summary>
public abstract class OddActivityTests<TBot>(TBot bot) : IClassFixture<TBot> where TBot : BotFixture
{
    private static readonly FakeMember Manager = new("29:odd-manager", "Olive Manager");
    private static readonly FakeMember Zed = new("29:odd-zed", "Zed Reception");

    private async Task<string> InstallAsync(string key)
    {
        var teamId = $"19:odd-{key}@thread.tacv2";
        bot.Connector.SetRoster(teamId, Manager, Zed);
        await bot.SendAsync(TeamsActivities.InstallInTeam(bot.ServiceUrl, teamId, "Odd Surgery", Manager));
        return teamId;
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Channel ")]
    [InlineData("somethingNew")]
    public async Task ChannelMessage_OddConversationType_TreatedAsSharedNeverAsPersonal(string? conversationType)
    {
        var teamId = await InstallAsync("type-" + (conversationType ?? "none").Trim());
        var activity = TeamsActivities.ChannelMessage(bot.ServiceUrl, teamId, Zed, "<at>CutoverBot</at> log call Zed Pattinson 01/01/1933 private note", "Odd Surgery");
        if (conversationType is null) activity["conversation"]!.AsObject().Remove("conversationType");
        else activity["conversation"]!["conversationType"] = conversationType;
        var before = bot.Connector.Calls.Count;

        await bot.SendAsync(activity);

        var channelConversation = activity["conversation"]!["id"]!.GetValue<string>();
        var inChannel = bot.CallsSince(before).Where(c => c.ConversationId == channelConversation).Select(c => c.RawBody).ToList();
        Assert.NotEmpty(inChannel);
        Assert.DoesNotContain(inChannel, raw => raw.Contains("Zed Pattinson", StringComparison.Ordinal));
        Assert.NotEqual(channelConversation, bot.Service<IPracticeStore>().FindUser(Zed.Id)?.PersonalConversationId);
    }

    [Fact]
    public async Task Message_UnreadableLocale_EntryStillSaved()
    {
        var activity = TeamsActivities.PersonalMessage(bot.ServiceUrl, Manager, "log call Lou Locale 01/01/1950 asked for results");
        activity["locale"] = "xx-INVALID-\u0000";

        var response = await bot.SendAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Lou Locale", bot.Service<IEntryStore>().LastByAuthor(Manager.Id)?.Patient.Name);
    }

    [Theory]
    [InlineData("from")]
    [InlineData("conversation")]
    [InlineData("recipient")]
    public async Task Message_IdLongerThanTeamsEverSends_Returns400(string field)
    {
        var activity = TeamsActivities.PersonalMessage(bot.ServiceUrl, Zed, "help");
        activity[field]!["id"] = new string('x', 100_000);

        var response = await bot.SendAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("{\"action\":\"accept\",\"uploadInfo\":\"x\"}")]
    [InlineData("{\"uploadInfo\":{}}")]
    public async Task FileConsent_MalformedValue_Answers400WithoutFailingTheTurn(string value)
    {
        var activity = TeamsActivities.PersonalMessage(bot.ServiceUrl, Zed, "");
        activity["type"] = "invoke";
        activity["name"] = "fileConsent/invoke";
        activity["value"] = JsonNode.Parse(value);
        var lines = bot.Logs.Lines.Count;

        var response = await bot.SendAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(bot.Logs.Lines.Skip(lines), l => l.Contains("Turn failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Event_ReadReceiptWithoutValue_IgnoredQuietly()
    {
        var activity = TeamsActivities.PersonalMessage(bot.ServiceUrl, Zed, "");
        activity["type"] = "event";
        activity["name"] = "application/vnd.microsoft.readReceipt";
        var lines = bot.Logs.Lines.Count;

        var response = await bot.SendAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(bot.Logs.Lines.Skip(lines), l => l.Contains("Turn failed", StringComparison.Ordinal));
    }
}

public sealed class OddActivityTestsOnLiteDb(BotFixture bot) : OddActivityTests<BotFixture>(bot);

public sealed class OddActivityTestsOnPostgreSql(PostgresBotFixture bot) : OddActivityTests<PostgresBotFixture>(bot);

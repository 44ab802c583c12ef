using System.Net;
using System.Text.Json.Nodes;
using CutoverBot.Core.Entries;
using CutoverBot.Core.MessageActions;
using CutoverBot.Tests.Infrastructure;
using static CutoverBot.Tests.Extensions.ExtensionCards;

namespace CutoverBot.Tests.Extensions;

/// <summary>"Find an entry" from the compose box, replayed as Teams sends composeExtension/query.</summary>
public abstract class FindEntryTests<TBot>(TBot bot) : IClassFixture<TBot> where TBot : BotFixture
{
    private const string Logged = "log call Margaret Evans 14/02/1948 943 476 5919 wants to know if her bloods are back";

    [Fact]
    public async Task Query_ReferenceInTheChannel_CardWithReferenceKindStatusAndNoPatientDetails()
    {
        var (sam, teamId) = await PracticeWithEntryAsync("ref");

        var results = await ResultsAsync(TeamsActivities.ChannelMessage(bot.ServiceUrl, teamId, sam, "help"), "call-0001");

        var result = Assert.Single(results);
        var card = Json(result!["content"]!);
        Assert.Contains("CALL-0001", card, StringComparison.Ordinal);
        Assert.Contains("Phone call", card, StringComparison.Ordinal);
        Assert.Contains("To re-enter", card, StringComparison.Ordinal);
        Assert.Contains("Sam Reception", card, StringComparison.Ordinal);
        foreach (var detail in new[] { "Margaret", "Evans", "943", "9434765919", "1948", "bloods" })
        {
            Assert.DoesNotContain(detail, card, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(detail, Json(result["preview"]!), StringComparison.OrdinalIgnoreCase);
        }
        Assert.Equal("CALL-0001", result["preview"]!["content"]!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Query_NhsNumberInPersonalChat_FindsThePatientsEntriesAndRecordsTheSearch()
    {
        var (sam, teamId) = await PracticeWithEntryAsync("nhs");

        var results = await ResultsAsync(TeamsActivities.PersonalMessage(bot.ServiceUrl, sam, "help"), "943 476 5919");

        Assert.Contains("CALL-0001", Json(Assert.Single(results)!), StringComparison.Ordinal);
        Assert.Contains(bot.Service<IAuditStore>().ForPractice(teamId), a => a.Action == AuditAction.Viewed && a.Surface == "find" && a.UserId == sam.Id);
    }

    [Fact]
    public async Task Query_AnotherPracticesReference_NotFound()
    {
        var (sam, teamId) = await PracticeWithEntryAsync("mine");
        var (_, _) = await PracticeWithEntryAsync("theirs", "home visit Edna Price 03.04.1931 yesterday, dressing changed");

        var answer = await QueryAsync(TeamsActivities.ChannelMessage(bot.ServiceUrl, teamId, sam, "help"), "HV-0001");

        Assert.Equal("message", answer["type"]!.GetValue<string>());
        Assert.Contains("No entry matches that", answer["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Margaret Evans")]
    [InlineData("<script>alert(1)</script>")]
    public async Task Query_NotAReferenceOrNhsNumber_SaysWhatToType(string text)
    {
        var (sam, teamId) = await PracticeWithEntryAsync("how-" + text.Length);

        var answer = await QueryAsync(TeamsActivities.ChannelMessage(bot.ServiceUrl, teamId, sam, "help"), text);

        Assert.Equal(EntrySearch.HowText, answer["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Query_NumberFailingTheNhsCheck_SaysSo()
    {
        var (sam, _) = await PracticeWithEntryAsync("badcheck");

        var answer = await QueryAsync(TeamsActivities.PersonalMessage(bot.ServiceUrl, sam, "help"), "943 476 5918");

        Assert.Contains("doesn't pass its check digit", answer["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private async Task<JsonArray> ResultsAsync(JsonObject source, string text)
    {
        var answer = await QueryAsync(source, text);
        Assert.Equal("result", answer["type"]!.GetValue<string>());
        return answer["attachments"]!.AsArray();
    }

    private async Task<JsonNode> QueryAsync(JsonObject source, string text)
    {
        var (status, body) = await InvokeAsync(bot, ExtensionInvokes.Query(source, text));
        Assert.Equal(HttpStatusCode.OK, status);
        return body!["composeExtension"]!;
    }

    private async Task<(FakeMember Sam, string TeamId)> PracticeWithEntryAsync(string name, string text = Logged)
    {
        var sam = new FakeMember($"29:find-{name}-sam", "Sam Reception");
        var teamId = $"19:find-{name}@thread.tacv2";
        await PracticeSetup.InstallAsync(bot, teamId, "Riverside Surgery", sam);
        await bot.SendAsync(TeamsActivities.PersonalMessage(bot.ServiceUrl, sam, text));
        return (sam, teamId);
    }
}

public sealed class FindEntryTestsOnLiteDb(BotFixture bot) : FindEntryTests<BotFixture>(bot);

public sealed class FindEntryTestsOnPostgreSql(PostgresBotFixture bot) : FindEntryTests<PostgresBotFixture>(bot);

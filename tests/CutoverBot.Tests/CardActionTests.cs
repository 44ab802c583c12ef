using System.Net;
using System.Text.Json.Nodes;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Practices;
using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests;

public abstract class CardActionTests<TBot>(TBot bot) : IClassFixture<TBot> where TBot : BotFixture
{
    private const string HillviewId = "19:hillview-actions@thread.tacv2";
    private static readonly FakeMember Hilda = new("29:actions-hilda", "Hilda Hillview");

    private IEntryStore Entries => bot.Service<IEntryStore>();

    [Fact]
    public async Task Execute_EntryCompleteInPersonalChat_UpdatesEntryAndAnswersWithACard()
    {
        var sam = new FakeMember("29:actions-entrycompleteinpersonalc", "Sam Reception");
        var riversideId = "19:riverside-entrycompleteinpersonalc@thread.tacv2";
        await PracticeSetup.InstallAsync(bot, riversideId, "Riverside Surgery", sam);
        var message = TeamsActivities.PersonalMessage(bot.ServiceUrl, sam, "log call Margaret Evans wants her bloods");
        await bot.SendAsync(message);
        var entry = Entries.LastByAuthor(sam.Id)!;
        Assert.Null(entry.Patient.DateOfBirth);

        var response = await bot.SendAsync(TeamsActivities.ExecuteAction(message, "entry.complete",
            new JsonObject { ["entryId"] = entry.Id.ToString("D"), ["dateOfBirth"] = "14/02/1948" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        Assert.Equal("AdaptiveCard", body["value"]!["type"]!.GetValue<string>());
        Assert.Equal(new DateOnly(1948, 2, 14), Entries.Find(entry.Id)!.Patient.DateOfBirth);
    }

    [Fact]
    public async Task Execute_CardAnswer_WrittenCompactSoARedrawnCardStaysUnderTeamsLimit()
    {
        var sam = new FakeMember("29:actions-compactanswer", "Sam Reception");
        await PracticeSetup.InstallAsync(bot, "19:riverside-compactanswer@thread.tacv2", "Riverside Surgery", sam);
        var message = TeamsActivities.PersonalMessage(bot.ServiceUrl, sam, "log call Margaret Evans wants her bloods");
        await bot.SendAsync(message);
        var entry = Entries.LastByAuthor(sam.Id)!;

        var response = await bot.SendAsync(TeamsActivities.ExecuteAction(message, "entry.complete",
            new JsonObject { ["entryId"] = entry.Id.ToString("D"), ["dateOfBirth"] = "14/02/1948" }));

        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal("AdaptiveCard", JsonNode.Parse(text)!["value"]!["type"]!.GetValue<string>());
        // The SDK's own writer indents, which doubled a checklist card on the wire (29 KB of card, 64 KB sent).
        Assert.DoesNotContain('\n', text);
    }

    [Fact]
    public async Task Execute_EntryCompleteInChannel_CardKeepsPatientDetailsOutAndAuthorGetsThem()
    {
        var sam = new FakeMember("29:actions-entrycompleteinchannel", "Sam Reception");
        var riversideId = "19:riverside-entrycompleteinchannel@thread.tacv2";
        await PracticeSetup.InstallAsync(bot, riversideId, "Riverside Surgery", sam);
        var message = TeamsActivities.ChannelMessage(bot.ServiceUrl, riversideId, sam, "log call Margaret Evans wants her bloods");
        await bot.SendAsync(message);
        var entry = Entries.LastByAuthor(sam.Id)!;
        var before = bot.Connector.Calls.Count;

        var response = await bot.SendAsync(TeamsActivities.ExecuteAction(message, "entry.complete",
            new JsonObject { ["entryId"] = entry.Id.ToString("D"), ["dateOfBirth"] = "14/02/1948" }));

        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(entry.Reference, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Margaret", text, StringComparison.Ordinal);
        Assert.DoesNotContain("1948", text, StringComparison.Ordinal);
        var personalChat = bot.Service<IPracticeStore>().FindUser(sam.Id)!.PersonalConversationId;
        Assert.Contains(bot.CallsSince(before), c => c.ConversationId == personalChat && c.Everything.Contains("Margaret Evans", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Execute_ForgedOtherPracticesEntry_RefusedAndNothingChanged()
    {
        var sam = new FakeMember("29:actions-forgedotherpracticesentr", "Sam Reception");
        var riversideId = "19:riverside-forgedotherpracticesentr@thread.tacv2";
        await PracticeSetup.InstallAsync(bot, riversideId, "Riverside Surgery", sam);
        await PracticeSetup.InstallAsync(bot, HillviewId, "Hillview Medical Centre", Hilda);
        await bot.SendAsync(TeamsActivities.PersonalMessage(bot.ServiceUrl, Hilda, "log call Peter Quinn 01/01/1950 repeat request"));
        var hildas = Entries.LastByAuthor(Hilda.Id)!;
        var forgedFrom = TeamsActivities.ChannelMessage(bot.ServiceUrl, riversideId, sam, "");

        var response = await bot.SendAsync(TeamsActivities.ExecuteAction(forgedFrom, "entry.complete",
            new JsonObject { ["entryId"] = hildas.Id.ToString("D"), ["patientName"] = "Someone Else" }));

        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(text)!;
        Assert.Equal(403, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.error", body["type"]!.GetValue<string>());
        Assert.DoesNotContain("Peter Quinn", text, StringComparison.Ordinal);
        var after = Entries.Find(hildas.Id)!;
        Assert.Equal("Peter Quinn", after.Patient.Name);
        Assert.Equal(HillviewId, after.PracticeId);
    }

    [Fact]
    public async Task Execute_UnknownVerb_AnswersBadRequestInTheBody()
    {
        var sam = new FakeMember("29:actions-unknownverb", "Sam Reception");
        var message = TeamsActivities.PersonalMessage(bot.ServiceUrl, sam, "");

        var response = await bot.SendAsync(TeamsActivities.ExecuteAction(message, "entry.explode", new JsonObject()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(400, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["statusCode"]!.GetValue<int>());
    }

    [Fact]
    public async Task Submit_FallbackWithVerb_UpdatesTheClickedCard()
    {
        var sam = new FakeMember("29:actions-fallbackwithverb", "Sam Reception");
        var riversideId = "19:riverside-fallbackwithverb@thread.tacv2";
        await PracticeSetup.InstallAsync(bot, riversideId, "Riverside Surgery", sam);
        var message = TeamsActivities.PersonalMessage(bot.ServiceUrl, sam, "log call Nia Price wants a call back");
        await bot.SendAsync(message);
        var entry = Entries.LastByAuthor(sam.Id)!;
        var submit = TeamsActivities.PersonalMessage(bot.ServiceUrl, sam, "");
        submit.Remove("text");
        submit["replyToId"] = "card-activity-7";
        submit["value"] = new JsonObject { ["verb"] = "entry.complete", ["entryId"] = entry.Id.ToString("D"), ["dateOfBirth"] = "1975-07-03" };
        var before = bot.Connector.Calls.Count;

        var response = await bot.SendAsync(submit);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new DateOnly(1975, 7, 3), Entries.Find(entry.Id)!.Patient.DateOfBirth);
        var update = Assert.Single(bot.CallsSince(before), c => c.Method == "PUT");
        Assert.Equal("card-activity-7", update.ActivityId);
        Assert.NotNull(update.Card);
    }
}

public sealed class CardActionTestsOnLiteDb(BotFixture bot) : CardActionTests<BotFixture>(bot);

public sealed class CardActionTestsOnPostgreSql(PostgresBotFixture bot) : CardActionTests<PostgresBotFixture>(bot);

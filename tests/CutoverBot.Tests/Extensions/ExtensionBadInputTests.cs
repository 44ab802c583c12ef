using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CutoverBot.Core.Cards;
using CutoverBot.Core.Entries;
using CutoverBot.Core.MessageActions;
using CutoverBot.Tests.Infrastructure;
using static CutoverBot.Tests.Extensions.ExtensionCards;

namespace CutoverBot.Tests.Extensions;

/// <summary>Message extension invokes with odd, huge, missing or forged values: a clear answer or a 400, never a 500.</summary>
public abstract class ExtensionBadInputTests<TBot>(TBot bot) : IClassFixture<TBot> where TBot : BotFixture
{
    private IEntryStore Entries => bot.Service<IEntryStore>();

    // Teams itself caps a message far below either size; the bot reads activities up to 256 KB.
    [Fact]
    public async Task FetchTask_BodyFarOverFourThousandCharacters_FormWithTheStartAndSaysItWasCut()
    {
        var (_, channel) = await PracticeAsync("large");

        var (status, body) = await InvokeAsync(bot, ExtensionInvokes.FetchTask(channel, ExtensionInvokes.Payload(LongHtml(40 * 1024))));

        Assert.Equal(HttpStatusCode.OK, status);
        var card = Card(body);
        Assert.True(Encoding.UTF8.GetByteCount(Json(card)) < CardRenderer.MaxCardBytes);
        Assert.Contains("only its start is in Details", Json(card), StringComparison.Ordinal);
        Assert.Equal("Margaret Evans", Inputs(card)["patientName"]);
        Assert.True(Inputs(card)["details"].Length <= 4000);
    }

    [Fact]
    public async Task FetchTask_OneMegabyteBody_RefusedWith413AndNothingSaved()
    {
        var (sam, channel) = await PracticeAsync("huge");

        var (status, _) = await InvokeAsync(bot, ExtensionInvokes.FetchTask(channel, ExtensionInvokes.Payload(LongHtml(1024 * 1024))));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Null(Entries.LastByAuthor(sam.Id));
    }

    private static string LongHtml(int length)
    {
        var html = new StringBuilder("<p>log call Margaret Evans 14/02/1948 wants her bloods</p>");
        while (html.Length < length) html.Append("<p>more&nbsp;notes about the repeat request, line after line<br></p>");
        return html.ToString();
    }

    [Theory]
    [InlineData("", false)]
    [InlineData("<p><img src=\"https://example.com/photo.png\" alt=\"\"></p><p>&nbsp;</p>", true)]
    [InlineData("<div><br></div>", true)]
    public async Task FetchTask_EmptyOrMarkupOnlyBody_EmptyFormToFillIn(string html, bool saysNoText)
    {
        var (sam, channel) = await PracticeAsync("empty-" + html.Length);

        var (status, body) = await InvokeAsync(bot, ExtensionInvokes.FetchTask(channel, ExtensionInvokes.Payload(html)));

        Assert.Equal(HttpStatusCode.OK, status);
        var card = Card(body);
        Assert.Equal("", Inputs(card)["details"]);
        Assert.Equal(saysNoText, Json(card).Contains("has no text I can read", StringComparison.Ordinal));
        var empty = Card((await InvokeAsync(bot, ExtensionInvokes.SubmitAction(channel, SubmitData(card)))).Body);
        Assert.Contains(MessageEntryFeature.EmptyFormText, Json(empty), StringComparison.Ordinal);
        Assert.Null(Entries.LastByAuthor(sam.Id));
    }

    [Theory]
    [InlineData("message")]
    [InlineData("compose")]
    [InlineData("commandBox")]
    public async Task FetchTask_NoMessagePayload_EmptyFormThatSavesWithoutASource(string commandContext)
    {
        var (sam, channel) = await PracticeAsync("nopayload-" + commandContext);

        var form = Card((await InvokeAsync(bot, ExtensionInvokes.FetchTask(channel, null, commandContext))).Body);
        var data = SubmitData(form, d => { d["category"] = "call"; d["patientName"] = "Edna Price"; d["details"] = "asked about her dressing change"; });
        var saved = Card((await InvokeAsync(bot, ExtensionInvokes.SubmitAction(channel, data))).Body);

        Assert.Contains("Saved CALL-", Json(saved), StringComparison.Ordinal);
        var entry = Entries.LastByAuthor(sam.Id)!;
        Assert.Null(bot.Service<IMessageSourceStore>().ForEntry(entry.Id));
        Assert.Equal(new DateOnly(2026, 3, 10), entry.OccurredOn);
    }

    [Theory]
    [InlineData("composeExtension/fetchTask")]
    [InlineData("composeExtension/submitAction")]
    [InlineData("composeExtension/query")]
    public async Task Invoke_UnknownCommandId_ClearAnswerNot500(string name)
    {
        var (_, channel) = await PracticeAsync("unknown-" + name.Length);
        var value = new JsonObject { ["commandId"] = "somethingElse", ["data"] = new JsonObject(), ["parameters"] = new JsonArray() };

        var (status, body) = await InvokeAsync(bot, ExtensionInvokes.Invoke(channel, name, value));

        Assert.Equal(HttpStatusCode.OK, status);
        var text = body!["task"]?["value"]?.GetValue<string>() ?? body["composeExtension"]!["text"]!.GetValue<string>();
        Assert.Contains("I don't know that command", text, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> MalformedValues => new()
    {
        { "composeExtension/fetchTask", "\"just text\"" },
        { "composeExtension/fetchTask", "{\"commandId\":7}" },
        { "composeExtension/fetchTask", "null" },
        { "composeExtension/submitAction", "{\"commandId\":\"logForReentry\"}" },
        { "composeExtension/submitAction", "{\"commandId\":\"logForReentry\",\"data\":\"save\"}" },
        { "composeExtension/query", "[]" },
    };

    [Theory]
    [MemberData(nameof(MalformedValues))]
    public async Task Invoke_MalformedValue_Answers400(string name, string value)
    {
        var (_, channel) = await PracticeAsync("malformed-" + value.Length + name.Length);

        var (status, _) = await InvokeAsync(bot, ExtensionInvokes.Invoke(channel, name, JsonNode.Parse(value)));

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task FetchTask_PayloadFieldsOfTheWrongType_EmptyFormNot500()
    {
        var (_, channel) = await PracticeAsync("wrong-types");
        var payload = new JsonObject { ["id"] = 12, ["body"] = "not an object", ["createdDateTime"] = true, ["linkToMessage"] = new JsonArray() };

        var (status, body) = await InvokeAsync(bot, ExtensionInvokes.FetchTask(channel, payload));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("", Inputs(Card(body))["details"]);
    }

    [Fact]
    public async Task SubmitAction_ForgedValues_FormAgainOrMessageAndNothingSavedWrong()
    {
        var (sam, channel) = await PracticeAsync("forged");

        var action = Said(await InvokeAsync(bot, ExtensionInvokes.SubmitAction(channel, new JsonObject { ["action"] = "drop-table" })));
        var typed = Card((await InvokeAsync(bot, ExtensionInvokes.SubmitAction(channel,
            new JsonObject { ["action"] = "save", ["patientName"] = 5, ["details"] = "rang about results" }))).Body);
        var future = Card((await InvokeAsync(bot, ExtensionInvokes.SubmitAction(channel,
            new JsonObject { ["action"] = "save", ["dateOfBirth"] = "2030-01-01", ["details"] = "rang about results" }))).Body);
        var tooLong = Card((await InvokeAsync(bot, ExtensionInvokes.SubmitAction(channel,
            new JsonObject { ["action"] = "save", ["details"] = new string('x', 5000) }))).Body);
        Assert.Equal(MessageEntryFeature.NotOurFormText, action);
        Assert.Contains("must be text", Json(typed), StringComparison.Ordinal);
        Assert.Contains("can't be in the future", Json(future), StringComparison.Ordinal);
        Assert.Contains("too long", Json(tooLong), StringComparison.Ordinal);
        Assert.Null(Entries.LastByAuthor(sam.Id));

        var saved = Card((await InvokeAsync(bot, ExtensionInvokes.SubmitAction(channel, new JsonObject
        {
            ["action"] = "save", ["category"] = "not-a-kind-at-all", ["details"] = "rang about results",
        }))).Body);
        Assert.Contains("The kind must be one of the kinds", Json(saved), StringComparison.Ordinal);

        await InvokeAsync(bot, ExtensionInvokes.SubmitAction(channel, new JsonObject
        {
            ["action"] = "save", ["category"] = "call", ["details"] = "rang about results", ["messageId"] = "1741590000001",
            ["link"] = "javascript:alert(document.cookie)",
        }));
        var entry = Entries.LastByAuthor(sam.Id)!;
        Assert.Null(bot.Service<IMessageSourceStore>().ForEntry(entry.Id)!.Link);
    }

    private async Task<(FakeMember Sam, JsonObject Channel)> PracticeAsync(string name)
    {
        var sam = new FakeMember($"29:bad-{name}-sam", "Sam Reception");
        var teamId = $"19:bad-{name}@thread.tacv2";
        await PracticeSetup.InstallAsync(bot, teamId, "Riverside Surgery", sam);
        return (sam, TeamsActivities.ChannelMessage(bot.ServiceUrl, teamId, sam, "help"));
    }

    private static string Said((HttpStatusCode Status, JsonNode? Body) answer)
    {
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        return Message(answer.Body);
    }
}

public sealed class ExtensionBadInputTestsOnLiteDb(BotFixture bot) : ExtensionBadInputTests<BotFixture>(bot);

public sealed class ExtensionBadInputTestsOnPostgreSql(PostgresBotFixture bot) : ExtensionBadInputTests<PostgresBotFixture>(bot);

using System.Net;
using System.Text.Json.Nodes;
using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests;

public abstract class BadInputTests<TBot>(TBot bot) : IClassFixture<TBot> where TBot : BotFixture
{
    private static readonly FakeMember Alice = new("29:bad-input-alice", "Alice Smith");

    [Theory]
    [InlineData("{ this is not json")]
    [InlineData("[1, 2, 3]")]
    [InlineData("\"just a string\"")]
    [InlineData("")]
    [InlineData("{\"type\": \"message\", \"timestamp\": \"not a date\"}")]
    public async Task Messages_MalformedJson_Returns400(string body)
    {
        var response = await bot.PostRawAsync(body, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Messages_DeeplyNestedJson_Returns400()
    {
        var body = "{\"type\":\"message\",\"value\":" + new string('[', 5000) + new string(']', 5000) + "}";

        var response = await bot.PostRawAsync(body, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task Messages_WrongContentType_Returns415(string contentType)
    {
        var activity = TeamsActivities.PersonalMessage(bot.ServiceUrl, Alice, "help");

        var response = await bot.PostRawAsync(activity.ToJsonString(), contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData("type")]
    [InlineData("serviceUrl")]
    [InlineData("conversation")]
    [InlineData("from")]
    [InlineData("recipient")]
    [InlineData("channelId")]
    public async Task Messages_MissingField_Returns400AndSendsNothing(string field)
    {
        var activity = TeamsActivities.PersonalMessage(bot.ServiceUrl, Alice, "help");
        activity.Remove(field);
        var before = bot.Connector.Calls.Count;

        var response = await bot.SendAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(bot.CallsSince(before));
    }

    [Fact]
    public async Task Messages_ServiceUrlNotHttp_Returns400()
    {
        var activity = TeamsActivities.PersonalMessage("file:///etc/passwd", Alice, "help");

        var response = await bot.SendAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Messages_HugeBody_Returns413()
    {
        var activity = TeamsActivities.PersonalMessage(bot.ServiceUrl, Alice, "log call " + new string('x', 400_000));

        var response = await bot.SendAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Messages_VeryLongTextUnderTheBodyCap_GetsAClearReply()
    {
        var activity = TeamsActivities.PersonalMessage(bot.ServiceUrl, Alice, "please read " + new string('x', 20_000));
        var before = bot.Connector.Calls.Count;

        var response = await bot.SendAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(bot.CallsSince(before), c => c.Method == "POST");
        Assert.Contains("too long", reply.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Messages_HugeBodyWithoutContentLength_Returns413()
    {
        var activity = TeamsActivities.PersonalMessage(bot.ServiceUrl, Alice, "log call " + new string('x', 400_000));
        var content = new StreamContent(new NoLengthStream(System.Text.Encoding.UTF8.GetBytes(activity.ToJsonString())));
        content.Headers.ContentType = new("application/json");

        var response = await bot.Client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("messageReaction")]
    [InlineData("typing")]
    [InlineData("somethingTeamsInventsNextYear")]
    public async Task Messages_UnhandledActivityType_Returns200AndSendsNothing(string type)
    {
        var activity = TeamsActivities.PersonalMessage(bot.ServiceUrl, Alice, "help");
        activity["type"] = type;
        var before = bot.Connector.Calls.Count;

        var response = await bot.SendAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(bot.CallsSince(before));
    }

    [Fact]
    public async Task Messages_InvokeTheBotDoesNotOffer_Returns200AndSendsNothing()
    {
        var activity = TeamsActivities.PersonalMessage(bot.ServiceUrl, Alice, "help");
        activity["type"] = "invoke";
        activity["name"] = "cutover/no-such-invoke";
        var before = bot.Connector.Calls.Count;

        var response = await bot.SendAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(bot.CallsSince(before));
    }

    [Fact]
    public async Task Messages_ExtensionQueryWithoutCommand_Returns400()
    {
        var activity = TeamsActivities.PersonalMessage(bot.ServiceUrl, Alice, "help");
        activity["type"] = "invoke";
        activity["name"] = "composeExtension/query";

        var response = await bot.SendAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"a string\"")]
    [InlineData("{}")]
    [InlineData("{\"action\": {\"type\": \"Action.Submit\", \"verb\": \"entry.complete\"}}")]
    [InlineData("{\"action\": {\"type\": \"Action.Execute\"}}")]
    [InlineData("{\"action\": {\"type\": \"Action.Execute\", \"verb\": 42}}")]
    [InlineData("{\"action\": {\"type\": \"Action.Execute\", \"verb\": \"entry.complete\", \"data\": [1, 2]}}")]
    public async Task Invoke_MalformedAction_Returns400(string value)
    {
        var activity = TeamsActivities.ExecuteAction(TeamsActivities.PersonalMessage(bot.ServiceUrl, Alice, ""), "entry.complete", new JsonObject());
        activity["value"] = JsonNode.Parse(value);

        var response = await bot.SendAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.error", body["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Messages_MalformedMentionEntity_StillAnswered()
    {
        var activity = TeamsActivities.PersonalMessage(bot.ServiceUrl, Alice, "<at>CutoverBot</at> help");
        activity["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["text"] = "<at>CutoverBot</at>" });
        var before = bot.Connector.Calls.Count;

        var response = await bot.SendAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(bot.CallsSince(before), c => c.Method == "POST");
        Assert.DoesNotContain("Sorry, something went wrong", reply.Everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Messages_ForgedChannelData_IsTreatedAsAbsent()
    {
        var activity = TeamsActivities.PersonalMessage(bot.ServiceUrl, Alice, "help");
        activity["channelData"] = "not an object";

        var response = await bot.SendAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Messages_ConnectorFailsDuringTurn_Returns200AndNothingPatientLogged()
    {
        var teamId = "19:connector-down@thread.tacv2";
        bot.Connector.SetRoster(teamId, Alice);
        bot.Connector.FailPostsTo(teamId);
        var activity = TeamsActivities.ChannelMessage(bot.ServiceUrl, teamId, Alice, "log call Margaret Evans 14/02/1948 wants her bloods");

        var response = await bot.SendAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(bot.Logs.Lines, line => line.Contains("Margaret", StringComparison.OrdinalIgnoreCase) || line.Contains("1948"));
        Assert.Contains(bot.Logs.Lines, line => line.Contains("Turn failed"));
    }

    /// <summary>A body stream that does not say how long it is, so the request goes out chunked.</summary>
    private sealed class NoLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}

public sealed class BadInputTestsOnLiteDb(BotFixture bot) : BadInputTests<BotFixture>(bot);

public sealed class BadInputTestsOnPostgreSql(PostgresBotFixture bot) : BadInputTests<PostgresBotFixture>(bot);

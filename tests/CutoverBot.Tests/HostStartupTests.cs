using System.Net;
using System.Security.Claims;
using Microsoft.Bot.Connector.Authentication;
using CutoverBot.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace CutoverBot.Tests;

public sealed class HostStartupTests(BotFixture bot) : IClassFixture<BotFixture>
{
    [Fact]
    public async Task Healthz_Get_Returns200()
    {
        var response = await bot.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Start_DevelopmentWithoutAppId_AnswersAnonymousActivities()
    {
        var user = new FakeMember("29:dev-user", "Dev User");
        var before = bot.Connector.Calls.Count;

        var response = await bot.SendAsync(TeamsActivities.PersonalMessage(bot.ServiceUrl, user, "help"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(bot.CallsSince(before), c => c.Method == "POST");
        Assert.Equal("a:chat-with-29:dev-user", reply.ConversationId);
    }

    [Fact]
    public async Task Start_DatabaseFolderMissing_CreatesItBeforeTheFirstMessage()
    {
        var folder = Path.Combine(Path.GetTempPath(), "cutoverbot-tests", Guid.NewGuid().ToString("N"), "data");
        await using var factory = new BotFactory(Path.Combine(folder, "cutover.db"), TimeProvider.System, new LogCapture());

        await factory.CreateClient().GetAsync("/healthz");

        Assert.True(File.Exists(Path.Combine(folder, "cutover.db")));
    }

    [Fact]
    public void Start_ProductionWithoutAppId_StopsWithAClearMessage()
    {
        using var factory = new BotFactory(TempDatabase(), TimeProvider.System, new LogCapture(), environment: "Production", appId: "");

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var validation = FindValidationError(error);
        Assert.True(validation is not null, error.ToString());
        var message = string.Join(" ", validation.Failures);
        Assert.Contains("MicrosoftAppId is not set", message);
        Assert.Contains("Development", message);
    }

    [Fact]
    public void Start_DatabaseOpenInAnotherBot_StopsWithAClearMessage()
    {
        var path = TempDatabase();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var running = new LiteDB.LiteDatabase(path);
        running.GetCollection("entries").Insert(new LiteDB.BsonDocument { ["n"] = 1 });
        using var factory = new BotFactory(path, TimeProvider.System, new LogCapture());

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var validation = FindValidationError(error);
        Assert.True(validation is not null, error.ToString());
        Assert.Contains("already open in another process", string.Join(" ", validation.Failures));
    }

    [Fact]
    public void Start_ProductionWithAppIdButNoPassword_NamesTheMissingSetting()
    {
        using var factory = new BotFactory(TempDatabase(), TimeProvider.System, new LogCapture(), environment: "Production",
            appId: "6f1c2d3e-0000-4000-8000-000000000001", appPassword: "");

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var validation = FindValidationError(error);
        Assert.True(validation is not null, error.ToString());
        Assert.Contains("MicrosoftAppPassword is not set", string.Join(" ", validation.Failures));
    }

    [Fact]
    public async Task Start_ProductionWithAppIdAndPassword_Starts()
    {
        await using var factory = new BotFactory(TempDatabase(), TimeProvider.System, new LogCapture(), environment: "Production",
            appId: "6f1c2d3e-0000-4000-8000-000000000001", appPassword: "not-a-real-secret");

        var response = await factory.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Messages_ProductionWithoutToken_Returns401()
    {
        await using var factory = new BotFactory(TempDatabase(), TimeProvider.System, new LogCapture(), environment: "Production",
            appId: "6f1c2d3e-0000-4000-8000-000000000001", appPassword: "not-a-real-secret");
        var activity = TeamsActivities.PersonalMessage(bot.ServiceUrl, new FakeMember("29:x", "X"), "help");

        var response = await factory.CreateClient().PostAsync("/api/messages",
            new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ConnectorClients_CreatedPerTurn_ShareOneJsonContractResolver()
    {
        var authentication = bot.Service<BotFrameworkAuthentication>();
        var factory = authentication.CreateConnectorFactory(new ClaimsIdentity());

        using var first = await factory.CreateAsync(bot.ServiceUrl, null, CancellationToken.None);
        using var second = await factory.CreateAsync(bot.ServiceUrl, null, CancellationToken.None);

        // Each stock client would bring its own resolver and rebuild every contract on its first turn.
        Assert.Same(first.SerializationSettings.ContractResolver, second.SerializationSettings.ContractResolver);
        Assert.Same(first.DeserializationSettings.ContractResolver, second.DeserializationSettings.ContractResolver);
    }

    private static OptionsValidationException? FindValidationError(Exception? error)
    {
        for (; error is not null; error = error.InnerException)
        {
            if (error is OptionsValidationException validation) return validation;
            if (error is AggregateException aggregate) return aggregate.InnerExceptions.Select(FindValidationError).FirstOrDefault(e => e is not null);
        }
        return null;
    }

    private static string TempDatabase() => Path.Combine(Path.GetTempPath(), "cutoverbot-tests", Guid.NewGuid().ToString("N") + ".db");
}

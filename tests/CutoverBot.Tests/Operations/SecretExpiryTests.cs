using CutoverBot.Core.Practices;
using CutoverBot.Tests.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CutoverBot.Tests.Operations;

/// <summary>A client secret's configured expiry date reaches the log every day and the manager's status card, not someone's calendar.</summary>
public sealed class SecretExpiryTests(SecretExpiryFixture bot) : IClassFixture<SecretExpiryFixture>
{
    private const string TeamId = "19:secret-riverside@thread.tacv2";

    [Fact]
    public async Task Start_SecretExpiresInTenDays_LogsAWarningWithTheDateAndWhatToDo()
    {
        await WaitForAsync(() => bot.Logs.Lines.Any(l => l.StartsWith("Warning CutoverBot.Operations.SecretExpiryMonitor:", StringComparison.Ordinal)
            && l.Contains("Client secret MicrosoftAppPassword expires on 2026-03-20, in 10 days: create a new secret", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Status_ManagerAndStaff_OnlyTheManagerSeesTheSecretExpiring()
    {
        var manager = new FakeMember("29:secret-manager", "Pat Manager");
        var sam = new FakeMember("29:secret-sam", "Sam Reception");
        var practice = await PracticeSetup.InstallAsync(bot, TeamId, "Riverside Surgery", manager, sam);
        practice.ManagerUserId = manager.Id;
        bot.Service<IPracticeStore>().Upsert(practice);
        var before = bot.Connector.Calls.Count;

        await bot.SendAsync(TeamsActivities.ChannelMessage(bot.ServiceUrl, TeamId, manager, "status"));
        await bot.SendAsync(TeamsActivities.ChannelMessage(bot.ServiceUrl, TeamId, sam, "status"));

        var cards = bot.CallsSince(before).Where(c => c.IsNewPost && c.Card is not null).ToList();
        Assert.Equal(2, cards.Count);
        Assert.Contains("Bot's sign-in secret", cards[0].Everything, StringComparison.Ordinal);
        Assert.Contains("Expires Fri 20 Mar 2026, in 10 days: tell whoever runs CutoverBot", cards[0].Everything, StringComparison.Ordinal);
        Assert.DoesNotContain("sign-in secret", cards[1].Everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_SecretExpired_LogsAnErrorAndTheNextDayLogsItAgain()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 9, 30, 0, TimeSpan.Zero));
        var logs = new LogCapture();
        await using var factory = new BotFactory(TempDatabase(), time, logs, settings: new Dictionary<string, string?>
        {
            ["SecretExpiry:GraphClientSecret"] = "2026-03-01", ["Scheduler:Enabled"] = "false",
        });
        factory.CreateClient();
        static bool Expired(string l) => l.StartsWith("Error CutoverBot.Operations.SecretExpiryMonitor:", StringComparison.Ordinal)
                                          && l.Contains("Client secret Graph:ClientSecret expired on 2026-03-01", StringComparison.Ordinal);
        await WaitForAsync(() => logs.Lines.Count(Expired) == 1);

        time.Advance(TimeSpan.FromDays(1));

        await WaitForAsync(() => logs.Lines.Count(Expired) == 2);
    }

    [Fact]
    public void Start_ExpiryNotADate_StopsNamingTheSettingAndTheFormat()
    {
        using var factory = new BotFactory(TempDatabase(), TimeProvider.System, new LogCapture(),
            settings: new Dictionary<string, string?> { ["SecretExpiry:MicrosoftAppPassword"] = "31/03/2027" });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var validation = Unwrap(error);
        Assert.Contains("SecretExpiry:MicrosoftAppPassword must be the secret's expiry date written yyyy-MM-dd, for example 2027-03-31", string.Join(" ", validation.Failures));
    }

    private static OptionsValidationException Unwrap(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            if (e is OptionsValidationException validation) return validation;
            if (e is AggregateException aggregate && aggregate.InnerExceptions.OfType<OptionsValidationException>().FirstOrDefault() is { } inner) return inner;
        }
        throw new Xunit.Sdk.XunitException("Start-up did not fail on its settings: " + error);
    }

    // The monitor logs from its own task; wait for it (with a ceiling that only a hang reaches), never for a set time.
    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++) await Task.Delay(10);
        Assert.True(condition());
    }

    private static string TempDatabase() => Path.Combine(Path.GetTempPath(), "cutoverbot-tests", Guid.NewGuid().ToString("N") + ".db");
}

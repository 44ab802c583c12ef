using CutoverBot.Scheduling;
using CutoverBot.Tests.Infrastructure;
using CutoverBot.Timing;

namespace CutoverBot.Tests.Scheduling;

/// <summary>
/// The morning posts through the real host, its scheduler on the fixture's fake clock: a post that goes out late in
/// the day still goes out (staff need today's tasks), and greets for the time it arrives.
/// </summary>
public sealed class LateMorningPostTests
{
    private const string TeamId = "19:late-morning@thread.tacv2";
    private const string Practice = "Late Surgery";
    private static readonly FakeMember Manager = new("29:late-manager", "Maria Manager");
    private static readonly FakeMember Receptionist = new("29:late-reception", "Sam Reception");

    [Fact]
    public async Task MorningPost_DatesChangedAt1350_TodaysCardsComeWithGoodAfternoonNotGoodMorning()
    {
        await WithBotAsync(async (bot, driver) =>
        {
            // Set up with go-live far off: the calendar has not started, so nothing is posted this morning.
            await SetUpAsync(bot, "setup FDP 02/03/2027 go-live 09/03/2027");
            await driver.AdvanceToAsync(London(10, 13, 50));
            var before = bot.Connector.Calls.Count;

            await bot.SendAsync(TeamsActivities.ChannelMessage(bot.ServiceUrl, TeamId, Manager, "setup FDP 20/03/2026 go-live 27/03/2026", Practice));
            await driver.AdvanceByAsync(TimeSpan.FromMinutes(16));

            var calls = bot.CallsSince(before);
            Assert.Single(calls, c => c.IsNewPost && c.Everything.Contains("Cutover checklist: " + Practice, StringComparison.Ordinal));
            Assert.Equal(["Good afternoon: " + Practice], ManagerHeadings(calls));
            Assert.DoesNotContain(calls, c => c.Everything.Contains("Good morning", StringComparison.Ordinal));
        });
    }

    [Fact]
    public async Task MorningPost_BotBackAt1630AfterADayDown_PostsTodaysCardsWithGoodAfternoon()
    {
        await WithBotAsync(async (bot, driver) =>
        {
            await SetUpAsync(bot, "setup FDP 20/03/2026 go-live 27/03/2026");
            await driver.AdvanceByAsync(TimeSpan.FromMinutes(16));
            var before = bot.Connector.Calls.Count;

            await bot.RestartAsync(at: London(11, 16, 30));
            await DriverOf(bot).SettleAsync();

            var calls = bot.CallsSince(before);
            Assert.Single(calls, c => c.IsNewPost && c.Everything.Contains("Wednesday 11 March 2026", StringComparison.Ordinal) && c.Everything.Contains("Cutover checklist", StringComparison.Ordinal));
            Assert.Equal(["Good afternoon: " + Practice], ManagerHeadings(calls));
        });
    }

    [Fact]
    public async Task MorningPost_SetUpInTheMorningThenTheNextDayAt0800_GoodMorningBothTimes()
    {
        await WithBotAsync(async (bot, driver) =>
        {
            var before = bot.Connector.Calls.Count;

            await SetUpAsync(bot, "setup FDP 20/03/2026 go-live 27/03/2026");
            await driver.AdvanceToAsync(London(11, 8, 5));

            Assert.Equal(["Good morning: " + Practice, "Good morning: " + Practice], ManagerHeadings(bot.CallsSince(before)));
        });
    }

    private static List<string?> ManagerHeadings(IEnumerable<ConnectorCall> calls) =>
        calls.Where(c => c.IsNewPost && c.CardText?.EndsWith(": " + Practice, StringComparison.Ordinal) == true && !c.CardText.StartsWith("Cutover", StringComparison.Ordinal))
            .Select(c => c.CardText).ToList();

    private static async Task SetUpAsync(BotFixture bot, string setup)
    {
        await PracticeSetup.InstallAsync(bot, TeamId, Practice, Manager, Receptionist);
        (await bot.SendAsync(TeamsActivities.ChannelMessage(bot.ServiceUrl, TeamId, Manager, setup, Practice))).EnsureSuccessStatusCode();
    }

    /// <summary>A host of its own, so the test can move its clock through the day without another test's posts in the way.</summary>
    private static async Task WithBotAsync(Func<BotFixture, FakeClockDriver, Task> test)
    {
        var bot = new BotFixture();
        await bot.InitializeAsync();
        try
        {
            await test(bot, DriverOf(bot));
        }
        finally
        {
            await bot.DisposeAsync();
        }
    }

    /// <summary>Moves the host's clock only while its scheduler sleeps and no request to the connector is open.</summary>
    private static FakeClockDriver DriverOf(BotFixture bot)
    {
        var scheduler = bot.Service<MorningPostScheduler>();
        return new FakeClockDriver(bot.Time, bot.Service<DelayClock>(), () => bot.Connector.InFlight + (scheduler.IsAsleep ? 0 : 1));
    }

    // March 2026 before the clock change: London is on GMT.
    private static DateTimeOffset London(int day, int hour, int minute) => new(2026, 3, day, hour, minute, 0, TimeSpan.Zero);
}

using CutoverBot.Bot.Files;
using CutoverBot.Core.Entries;
using CutoverBot.Tests.GoLive;
using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests.Security;

/// <summary>The daily retention purge in the running host, driven by the fixture's fake clock.</summary>
public abstract class RetentionHostTests<TBot>(TBot bot) : IClassFixture<TBot> where TBot : BotFixture
{
    [Fact]
    public async Task DailyPurge_PracticeRetentionEnds_DetailsAndWaitingFilesGoCountsStayAndUsersAreTold()
    {
        var s = await GoLiveScenario.CreateAsync(bot, "retention");
        var before = s.EntriesOf(s.Sam).Concat(s.EntriesOf(s.Priya)).Concat(s.EntriesOf(s.Maria)).ToList();
        await GoLiveScenario.Send(bot, s.Channel(s.Maria, "retention 7"));
        // Go-live was 9 March, so the purge is due on 16 March; it runs each day at the time the bot started (09:30).
        // The fake clock fires a timer with the time it is moved to, so stop short of the 16th before exporting.
        bot.Time.Advance(new DateTimeOffset(2026, 3, 15, 10, 0, 0, TimeSpan.Zero) - bot.Time.GetUtcNow());
        Assert.True(s.Entry(before[0].Id).Patient.HasAny);
        await GoLiveScenario.Send(bot, s.Personal(s.Maria, "export"));
        var files = bot.Service<IPendingFileStore>();
        Assert.Equal(2, files.Count());

        // 16 March 09:45: the day's purge is due, and the files (offered for 24 hours) have not expired yet.
        bot.Time.Advance(TimeSpan.FromMinutes(23 * 60 + 45));
        await WaitForAsync(() => s.Entry(before[0].Id).PatientPurgedAt is not null);

        Assert.All(before, e => Assert.False(s.Entry(e.Id).Patient.HasAny));
        Assert.All(before, e => Assert.Equal((e.Reference, e.Category, e.AuthorId, e.Status), (s.Entry(e.Id).Reference, s.Entry(e.Id).Category, s.Entry(e.Id).AuthorId, s.Entry(e.Id).Status)));
        Assert.Equal(0, files.Count());
        Assert.Contains(bot.Logs.Lines, l => l.Contains($"Retention purge for practice {s.TeamId}: removed the patient details of 5 entries and 2 waiting files, 7 days after go-live", StringComparison.Ordinal));
        var record = Assert.Single(bot.Service<IAuditStore>().ForPractice(s.TeamId), r => r.Action == AuditAction.Purged);
        Assert.Equal(5, record.Count);

        s.Pause();
        var callsBefore = bot.Connector.Calls.Count;
        await GoLiveScenario.Send(bot, s.Personal(s.Sam, "edit " + before[0].Reference));
        Assert.Contains(bot.CallsSince(callsBefore), c => (c.Text ?? "").Contains(PurgedDetails.Note, StringComparison.Ordinal));
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        // The purge runs on the hosted service's own task once the fake clock passes its time.
        for (var i = 0; i < 200 && !condition(); i++) await Task.Delay(50);
        Assert.True(condition(), "the daily purge did not run");
    }
}

public sealed class RetentionHostTestsOnLiteDb(BotFixture bot) : RetentionHostTests<BotFixture>(bot);

public sealed class RetentionHostTestsOnPostgreSql(PostgresBotFixture bot) : RetentionHostTests<PostgresBotFixture>(bot);

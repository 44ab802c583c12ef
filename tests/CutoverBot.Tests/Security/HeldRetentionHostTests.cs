using CutoverBot.Core.Entries;
using CutoverBot.Tests.GoLive;
using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests.Security;

/// <summary>Entries held for someone on no practice's roster, purged by the running host's daily pass on the fixture's fake clock.</summary>
public abstract class HeldRetentionHostTests<TBot>(TBot bot) : IClassFixture<TBot> where TBot : BotFixture
{
    [Fact]
    public async Task DailyPurge_HeldEntryOfSomeoneOnNoRoster_ToldTheRuleThenDetailsGoAfterTheStandardPeriodCountedAndAudited()
    {
        var nobody = new FakeMember("29:held-nobody", "Nat Nobody");
        var before = bot.Connector.Calls.Count;
        await GoLiveScenario.Send(bot, TeamsActivities.PersonalMessage(bot.ServiceUrl, nobody, "referral Philippa Quenby 14/02/1948 UBRN 3819 2047 5566 to ENT"));
        Assert.Contains(bot.CallsSince(before), c => GoLiveScenario.Visible(c).Contains("90 days after logging one", StringComparison.Ordinal));
        var held = Assert.Single(bot.Service<IEntryStore>().HeldFor(nobody.Id));
        Assert.Equal("381920475566", held.Ubrn);

        // Logged on 10 March; the pass runs daily at 09:30, so 8 June's is the first 90 days on (the day before is a Core test).
        bot.Time.Advance(TimeSpan.FromDays(90));
        for (var i = 0; i < 200 && bot.Service<IEntryStore>().Find(held.Id)!.PatientPurgedAt is null; i++) await Task.Delay(50);

        var after = bot.Service<IEntryStore>().Find(held.Id)!;
        Assert.NotNull(after.PatientPurgedAt);
        Assert.Equal((null, null), (after.Patient.Name, after.Ubrn));
        Assert.Contains(bot.Logs.Lines, l => l.Contains("Retention purge of held entries: removed the patient details of 1 entries logged by people on no practice's roster, 90 days after they were logged", StringComparison.Ordinal));
        Assert.Single(bot.Service<IAuditStore>().ForEntry(held.Id), r => r.Action == AuditAction.Purged);
    }
}

public sealed class HeldRetentionHostTestsOnLiteDb(BotFixture bot) : HeldRetentionHostTests<BotFixture>(bot);

public sealed class HeldRetentionHostTestsOnPostgreSql(PostgresBotFixture bot) : HeldRetentionHostTests<PostgresBotFixture>(bot);

using System.Net;
using CutoverBot.Core.Entries;
using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests.Faults;

/// <summary>
/// A whole team logging at once, far more entries than LiteDB has open transactions (100): every one must be
/// answered, stored, and given its own reference.
/// </summary>
public abstract class EntryBurstTests<TBot>(TBot bot) : IClassFixture<TBot> where TBot : BotFixture
{
    private const int Burst = 240;

    [Fact]
    public async Task QuickEntries_TwoHundredAndFortyAtOnce_AllStoredWithUniqueReferences()
    {
        const string teamId = "19:burst@thread.tacv2";
        var staff = Enumerable.Range(0, 8).Select(i => new FakeMember($"29:burst-{i}", $"Burst Staff {i}")).ToArray();
        await PracticeSetup.InstallAsync(bot, teamId, "Burst Surgery", staff);
        // Sent all at once; the thread pool's size is left alone, as other test classes run beside this one.
        var answers = await Task.WhenAll(Enumerable.Range(0, Burst).Select(i => Task.Run(() => bot.SendAsync(
            TeamsActivities.ChannelMessage(bot.ServiceUrl, teamId, staff[i % staff.Length], $"log call Burst Patient {i} wants a callback")))));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var entries = bot.Service<IEntryStore>().ForPractice(teamId);
        Assert.Equal(Burst, entries.Count);
        Assert.Equal(Burst, entries.Select(e => e.Reference).Distinct().Count());
    }
}

public sealed class EntryBurstTestsOnLiteDb(BotFixture bot) : EntryBurstTests<BotFixture>(bot);

public sealed class EntryBurstTestsOnPostgreSql(PostgresBotFixture bot) : EntryBurstTests<PostgresBotFixture>(bot);

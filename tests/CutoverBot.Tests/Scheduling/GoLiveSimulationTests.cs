using Microsoft.Extensions.DependencyInjection;
using CutoverBot.Core.Cards;
using CutoverBot.Core.Commands;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;
using CutoverBot.Delivery;
using CutoverBot.Scheduling;
using CutoverBot.Tests.Infrastructure;

namespace CutoverBot.Tests.Scheduling;

/// <summary>
/// A whole cutover, FDP-35 to go-live+95, with staff logging entries and confirming their re-entries through the real
/// command router, while the real scheduler, planner and card templates post each morning on fake time.
/// </summary>
public sealed class GoLiveSimulationTests : IAsyncDisposable
{
    private const string PracticeId = "19:spring@thread.tacv2";
    private static readonly DateOnly Fdp = new(2027, 3, 23), GoLive = new(2027, 3, 29);
    private static readonly ChatUser Sam = new("29:sam", "Sam Reception"), Alex = new("29:alex", "Alex Admin"), Bo = new("29:bo", "Bo Locum");
    private readonly SchedulerHarness _h = new(new DateTimeOffset(Fdp.AddDays(-35).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));

    private static DateTimeOffset London(DateOnly date, int hour)
    {
        var local = date.ToDateTime(new TimeOnly(hour, 0));
        return new DateTimeOffset(local, LondonTime.Zone.GetUtcOffset(local));
    }

    [Fact]
    public async Task Scheduler_CutoverWithEntries_GoLiveCardThenNudgesUntilConfirmedAndWarningsOnTheRightDays()
    {
        _h.PlannerFactory = RealPlanner.For;
        _h.Renderer = new CoreCardJsonRenderer(new CardRenderer());
        _h.Options.MaxSleep = TimeSpan.FromDays(1);
        var practice = _h.AddPractice(PracticeId, Fdp, GoLive);
        practice.SetUpOn = Fdp.AddDays(-35);
        _h.Practices.Upsert(practice);
        foreach (var user in new[] { Sam, Alex, Bo, new ChatUser("29:manager", "Pat Manager") })
            _h.Practices.UpsertMember(new PracticeMember { PracticeId = PracticeId, UserId = user.Id, Name = user.Name });
        await _h.StartAsync();

        await At(Fdp.AddDays(1), Sam, "log call Sarah Jones 5.6.82 wants her bloods", "log call Tom Hardy 1.2.90 sick note");
        await At(Fdp.AddDays(2), Alex, "log call Ann Lee 3.4.55 asked for a home visit");
        await At(Fdp.AddDays(3), Bo, "log call Raj Patel 9.9.71 repeat query");
        await At(GoLive.AddDays(1), Sam, "reentered all");
        await At(GoLive.AddDays(3), Alex, "reentered all");
        // A late paper result, logged after go-live by someone who had finished: it joins the re-entry list.
        await At(GoLive.AddDays(5), Alex, "paper path result Zoe Quinn 7.7.77 FBC normal");
        await At(GoLive.AddDays(7), Alex, "reentered all");
        await _h.RunUntilAsync(London(GoLive.AddDays(96), 0));

        var channel = _h.ChannelPosts.ToDictionary(p => MorningSchedule.LondonDate(p.At));
        Assert.Contains("Go-live: re-entry at", channel[GoLive].Text);
        Assert.Contains("<at>Sam Reception</at>", channel[GoLive].Text);
        Assert.Contains("\"Cutover checklist: ", channel[GoLive.AddDays(1)].Text);
        Assert.DoesNotContain(_h.Sender.Sent, s => s.IsUpdate && s.ActivityId == channel[GoLive].ActivityId);
        Assert.All(_h.Sender.Sent.Where(s => s.RecipientUserId is null), s => Assert.DoesNotContain("Zoe", s.Text));
        Assert.Contains("Logged yesterday, after go-live: added to the re-entry list", channel[GoLive.AddDays(6)].Text);

        Assert.Equal([1], NudgeDays(Sam));
        Assert.Equal([1, 2, 3, 6, 7], NudgeDays(Alex));
        Assert.Equal(Enumerable.Range(1, 90), NudgeDays(Bo));

        var manager = _h.Sender.Sent.Where(s => s.RecipientUserId == "29:manager").ToDictionary(s => MorningSchedule.LondonDate(s.At), s => s.Text);
        Assert.Equal([60, 76, 83, 89], DaysAfterGoLive(manager.Where(m => m.Value.Contains("Legacy access ends", StringComparison.Ordinal)).Select(m => m.Key)));
        Assert.Contains("Legacy access ends in 30 days", manager[GoLive.AddDays(60)]);
        Assert.Equal([6], DaysAfterGoLive(manager.Where(m => m.Value.Contains("Logged yesterday, after go-live, and added", StringComparison.Ordinal)).Select(m => m.Key)));
        Assert.Contains("Re-entry: 1 of 5 entries still to re-enter, by 1 person:", manager[GoLive.AddDays(8)]);
        Assert.Contains("Re-entry: 4 of 4 entries still to re-enter, by 3 people:", manager[GoLive]);
    }

    /// <summary>Lets the scheduler run to noon London on <paramref name="date"/>, then the user types each message.</summary>
    private async Task At(DateOnly date, ChatUser user, params string[] messages)
    {
        await _h.RunUntilAsync(London(date, 12));
        using var core = CoreOver.Build(_h.Database, _h.Time, s => s.AddSingleton(RealPlanner.Catalog));
        var router = core.GetRequiredService<ChatCommandRouter>();
        foreach (var text in messages)
        {
            // What is typed here counts for the leak check of the scheduler's logs, as the host tests' messages do.
            PatientValues.RegisterMessage(text);
            var reply = await router.HandleAsync(new ChatContext(user, ConversationKind.Personal, null), text, CancellationToken.None);
            Assert.NotEmpty(reply.Messages);
        }
    }

    private List<int> NudgeDays(ChatUser user) =>
        DaysAfterGoLive(_h.Sender.Sent.Where(s => s.RecipientUserId == user.Id && s.Text.Contains("still to re-enter into the new system", StringComparison.Ordinal))
            .Select(s => MorningSchedule.LondonDate(s.At)));

    private static List<int> DaysAfterGoLive(IEnumerable<DateOnly> days) => days.Select(d => d.DayNumber - GoLive.DayNumber).Order().ToList();

    public async ValueTask DisposeAsync() => await _h.DisposeAsync();
}

using CutoverBot.Core.Entries;
using CutoverBot.Core.GoLive;
using static CutoverBot.Core.Tests.TestBot;
using CutoverBot.Core.Parsing;
using CutoverBot.Core.Scheduling;

namespace CutoverBot.Core.Tests.GoLive;

public sealed class ReentryReminderTests : IDisposable
{
    private readonly GoLiveHarness _h = new();
    private readonly GoLiveMorning _morning;

    public ReentryReminderTests() => _morning = _h.Bot.Service<GoLiveMorning>();

    public void Dispose() => _h.Dispose();

    /// <summary>Moves the fake clock to 08:00 London on the given day after go-live and returns that London date.</summary>
    private DateOnly MorningOf(int daysAfterGoLive)
    {
        var target = new DateTimeOffset(GoLiveHarness.GoLive.AddDays(daysAfterGoLive).ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero);
        if (target > _h.Bot.Time.GetUtcNow()) _h.Bot.Time.SetUtcNow(target);
        return _h.Today;
    }

    [Fact]
    public void Nudges_DaysAfterGoLive_OneForEachAuthorWithEntriesOutstanding()
    {
        _h.Call(Sam, "A");
        _h.Seed(Sam, EntryCategory.Referral, "B", ubrn: "123456789012");
        _h.Call(Alex, "C", EntryStatus.Reentered);

        var posts = _morning.Nudges(_h.Riverside, MorningOf(1));

        var post = Assert.Single(posts);
        Assert.Equal((MorningPostKind.ReentryNudge, Sam.Id, Riverside, _h.Today), (post.Kind, post.RecipientUserId, post.PracticeId, post.Date));
        var card = _h.Render(post.Card);
        Assert.Contains("You have 2 entries from the cutover still to re-enter", card);
        Assert.Contains("\"verb\":\"reentry.view\"", card);
        Assert.Contains("legacy access ends in 89 days", card);
        Assert.DoesNotContain("123456789012", card);
    }

    [Fact]
    public void Nudges_OnAndBeforeGoLiveDay_None()
    {
        _h.Call(Sam, "A");

        Assert.Empty(_morning.Nudges(_h.Riverside, GoLiveHarness.GoLive));
        Assert.Empty(_morning.Nudges(_h.Riverside, GoLiveHarness.GoLive.AddDays(-3)));
    }

    [Fact]
    public void Nudges_EachMorning_StopForEachPersonOnceTheirsAreDone()
    {
        _h.Call(Sam, "A");
        _h.Call(Alex, "B");

        Assert.Equal([Alex.Id, Sam.Id], _morning.Nudges(_h.Riverside, MorningOf(1)).Select(p => p.RecipientUserId).Order());
        _h.Say(Personal(Sam), "reentered all");
        Assert.Equal([Alex.Id], _morning.Nudges(_h.Riverside, MorningOf(2)).Select(p => p.RecipientUserId));
        _h.Say(Personal(Alex), "not needed CALL-0002 duplicate");
        Assert.Empty(_morning.Nudges(_h.Riverside, MorningOf(3)));
    }

    [Fact]
    public void Nudges_AfterLegacyAccessEnds_None()
    {
        _h.Call(Sam, "A");

        Assert.Single(_morning.Nudges(_h.Riverside, GoLiveHarness.GoLive.AddDays(90)));
        Assert.Empty(_morning.Nudges(_h.Riverside, GoLiveHarness.GoLive.AddDays(91)));
    }

    [Fact]
    public void LegacyWarning_WhileOutstanding_ExactlyAt30_14_7And1DaysLeft()
    {
        _h.Call(Sam, "A");

        var warned = Enumerable.Range(-5, 100).Where(d => _morning.ForManager(_h.Riverside, GoLiveHarness.GoLive.AddDays(d)).HasLegacyWarning).ToList();

        Assert.Equal([60, 76, 83, 89], warned);
        var notes = _morning.ForManager(_h.Riverside, GoLiveHarness.GoLive.AddDays(76));
        Assert.StartsWith("Legacy access ends in 14 days (Wed 24 Feb 2027) and 1 entry still to re-enter.", notes.LegacyWarningText);
        Assert.Equal("Legacy access ends tomorrow", _morning.ForManager(_h.Riverside, GoLiveHarness.GoLive.AddDays(89)).LegacyWarningText[..27]);
    }

    [Fact]
    public void LegacyWarning_AllDone_Never()
    {
        _h.Call(Sam, "A", EntryStatus.Reentered);
        _h.Call(Alex, "B", EntryStatus.NotNeeded);

        Assert.DoesNotContain(Enumerable.Range(0, 91), d => _morning.ForManager(_h.Riverside, GoLiveHarness.GoLive.AddDays(d)).HasLegacyWarning);
        Assert.Equal("Re-entry: every entry is re-entered or marked not needed.", _morning.ForManager(_h.Riverside, GoLiveHarness.GoLive.AddDays(30)).OutstandingText);
    }

    [Fact]
    public void ForManager_AfterGoLive_ListsWhoIsOutstandingMostFirst()
    {
        _h.Call(Sam, "A");
        _h.Call(Alex, "B");
        _h.Call(Alex, "C");
        _h.Call(Both, "D", EntryStatus.Reentered);

        var notes = _morning.ForManager(_h.Riverside, MorningOf(2));

        Assert.True(notes.Show);
        Assert.Equal("Re-entry: 3 of 4 entries still to re-enter, by 2 people:", notes.OutstandingText);
        Assert.Equal([("Alex Admin", "2 to re-enter"), ("Sam Reception", "1 to re-enter")], notes.Outstanding.Select(f => (f.Title, f.Value)));
    }

    [Fact]
    public void ForManager_BeforeGoLive_ShowsNothing()
    {
        _h.Call(Sam, "A");

        Assert.False(_morning.ForManager(_h.Riverside, GoLiveHarness.GoLive.AddDays(-1)).Show);
    }

    [Fact]
    public void LateEntries_LoggedAfterGoLive_AnnouncedNextMorningOnlyAndOutstanding()
    {
        _h.Call(Sam, "Before Golive");
        MorningOf(1);
        _h.Bot.Time.Advance(TimeSpan.FromHours(6));
        var late = _h.Bot.Log(Personal(Alex), "paper path result Sarah Jones 5.6.82 FBC normal");

        var next = _morning.ForManager(_h.Riverside, MorningOf(2));

        Assert.Equal([late.Reference], next.LateEntries);
        Assert.Equal($"Logged yesterday, after go-live, and added to the re-entry list: 1 entry ({late.Reference}).", next.LateEntriesText);
        Assert.DoesNotContain("Sarah", next.LateEntriesText);
        Assert.Contains(_morning.Nudges(_h.Riverside, _h.Today), p => p.RecipientUserId == Alex.Id);
        Assert.False(_morning.ForManager(_h.Riverside, MorningOf(3)).HasLateEntries);
        Assert.False(_morning.ForManager(_h.Riverside, GoLiveHarness.GoLive).HasLateEntries);
    }

    [Fact]
    public void ChannelCard_OnlyGoLiveDayReplacesTheDailyCard()
    {
        _h.Call(Sam, "A");

        Assert.True(_morning.ReplacesChannelCard(_h.Riverside, GoLiveHarness.GoLive));
        Assert.False(_morning.ReplacesChannelCard(_h.Riverside, GoLiveHarness.GoLive.AddDays(1)));
        var card = _morning.ChannelCard(_h.Riverside, GoLiveHarness.GoLive);
        Assert.Equal(GoLiveCards.Template, card.Template);
        Assert.Contains("<at>Sam Reception</at>", _h.Render(card));
    }

    [Fact]
    public void Nudges_InactivePractice_None()
    {
        _h.Call(Sam, "A");
        var practice = _h.Riverside;
        practice.Active = false;

        Assert.Empty(_morning.Nudges(practice, GoLiveHarness.GoLive.AddDays(1)));
    }
}

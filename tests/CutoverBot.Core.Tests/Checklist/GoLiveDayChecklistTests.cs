using CutoverBot.Core.Cards;
using CutoverBot.Core.Checklist;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Parsing;

namespace CutoverBot.Core.Tests.Checklist;

/// <summary>
/// On go-live day the checklist card (a checklist away while the channel has the go-live card) carries the day's
/// central work, with the live number of entries still to re-enter beside the tasks that clear them.
/// </summary>
public sealed class GoLiveDayChecklistTests
{
    private static readonly DateOnly GoLive = ChecklistHarness.GoLive;

    private static (ChecklistHarness H, Practices.Practice Practice) Start()
    {
        var h = new ChecklistHarness();
        var practice = h.Save(ChecklistHarness.NewPractice());
        h.SetLondon(GoLive, 9, 0);
        return (h, practice);
    }

    private static Entry Log(ChecklistHarness h, EntryCategory category, string name, EntryStatus status = EntryStatus.Pending)
    {
        var entry = new Entry
        {
            PracticeId = ChecklistHarness.PracticeId,
            Category = category,
            Reference = EntryCategoryInfo.For(category).ReferencePrefix + "-" + Guid.NewGuid().ToString("N")[..4],
            Patient = new PatientDetails { Name = name, DateOfBirth = new DateOnly(1951, 7, 3), NhsNumber = "9434765919" },
            Status = status,
            AuthorId = "29:sam",
            AuthorName = "Sam Jones",
            LoggedAt = h.Time.GetUtcNow().AddDays(-3),
        };
        h.Entries.Insert(entry);
        return entry;
    }

    [Fact]
    public void Channel_GoLiveDay_ListsReentryHeldRegistrationsRepeatsAndBowelScreeningWithLiveCounts()
    {
        var (h, practice) = Start();
        using var _ = h;
        Log(h, EntryCategory.Registration, "Tomasz Nowak");
        Log(h, EntryCategory.Registration, "Ewa Nowak");
        Log(h, EntryCategory.Registration, "Done Already", EntryStatus.Reentered);
        Log(h, EntryCategory.Prescription, "Margaret Evans");
        Log(h, EntryCategory.Call, "Derek Fox");

        var card = h.Cards.Channel(practice, GoLive, superseded: false);
        var data = (ChecklistCardData)card.Data;
        var json = new CardRenderer().Render(card);

        Assert.Equal("Go-live day", data.PhaseText);
        var today = data.Today.ToDictionary(r => r.TaskId);
        Assert.Equal(" · Still to re-enter: 4 entries", today["reenter-logged"].Count);
        Assert.Equal(" · Still to re-enter: 2 entries", today["register-held"].Count);
        Assert.Equal(" · Still to re-enter: 1 entry", today["reissue-repeats"].Count);
        Assert.Equal("", today["bowel-screening"].Count);
        Assert.Equal("Due today", today["bowel-screening"].Due);
        Assert.Contains("Start re-entering what was logged", json);
        Assert.Contains("done register-held · Still to re-enter: 2 entries", json);
        Assert.Contains("Cancel and re-issue outstanding repeats", json);
        Assert.Contains("Ask bowel screening to resend", json);
        foreach (var secret in new[] { "Nowak", "Margaret", "Derek", "9434765919", "1951" })
            Assert.DoesNotContain(secret, json);
    }

    [Fact]
    public void Channel_GoLiveDayAfterAConfirmation_CountGoesDown()
    {
        var (h, practice) = Start();
        using var _ = h;
        var first = Log(h, EntryCategory.Registration, "Tomasz Nowak");
        Log(h, EntryCategory.Registration, "Ewa Nowak");

        first.Status = EntryStatus.Reentered;
        h.Entries.Update(first);
        var data = (ChecklistCardData)h.Cards.Channel(practice, GoLive, superseded: false).Data;

        Assert.Equal(" · Still to re-enter: 1 entry", data.Today.Single(r => r.TaskId == "register-held").Count);
        Assert.Equal(" · Still to re-enter: 1 entry", data.Today.Single(r => r.TaskId == "reenter-logged").Count);
    }

    [Fact]
    public void Channel_GoLiveDayNothingLogged_SaysNothingIsLeft()
    {
        var (h, practice) = Start();
        using var _ = h;

        var data = (ChecklistCardData)h.Cards.Channel(practice, GoLive, superseded: false).Data;

        Assert.Equal(" · Nothing left to re-enter", data.Today.Single(r => r.TaskId == "reenter-logged").Count);
    }

    [Fact]
    public void Channel_BeforeGoLive_NoCountsAsked()
    {
        var (h, practice) = Start();
        using var _ = h;
        Log(h, EntryCategory.Registration, "Tomasz Nowak");

        var data = (ChecklistCardData)h.Cards.Channel(practice, ChecklistHarness.Fdp.AddDays(1), superseded: false).Data;

        Assert.All(data.Today.Concat(data.Overdue).Concat(data.Daily), r => Assert.Equal("", r.Count));
    }

    [Fact]
    public void ManagerMorning_GoLiveDay_ListsTheCentralWorkToo()
    {
        var (h, practice) = Start();
        using var _ = h;

        var data = (ManagerMorningCardData)h.Cards.ManagerMorning(practice, GoLive).Data;

        Assert.Superset(new HashSet<string> { "reenter-logged", "register-held", "reissue-repeats", "bowel-screening" }, data.Today.Select(r => r.TaskId).ToHashSet());
    }
}

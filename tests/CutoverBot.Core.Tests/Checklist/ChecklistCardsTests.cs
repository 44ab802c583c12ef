using System.Text.Json;
using CutoverBot.Core.Cards;
using CutoverBot.Core.Checklist;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Parsing;

namespace CutoverBot.Core.Tests.Checklist;

public sealed class ChecklistCardsTests
{
    private static readonly DateOnly CutoverDay3 = ChecklistHarness.Fdp.AddDays(3);

    [Fact]
    public void Channel_TaskTickedToday_ShowsWhoAndLondonTime()
    {
        using var h = new ChecklistHarness();
        var practice = h.Save(ChecklistHarness.NewPractice());
        // 2 April 2027 is British Summer Time: 09:14 in London is 08:14 UTC.
        var day = new DateOnly(2027, 4, 2);
        h.SetLondon(day, 9, 14);
        h.Ticks.Tick(practice.Id, "register-held", "29:sam", "Sam Jones");

        var data = (ChecklistCardData)h.Cards.Channel(practice, day, superseded: false).Data;

        var row = Assert.Single(data.Today, r => r.TaskId == "register-held");
        Assert.Equal("Done: ticked by Sam Jones at 09:14", row.Status);
        Assert.Equal(("Untick", "untick", "2027-04-02"), (row.ButtonTitle, row.Act, row.Date));
        Assert.Equal("Day 4 after go-live: legacy access ends in 86 days", data.PhaseText);
    }

    [Fact]
    public void Channel_Superseded_SaysSoAndStillOffersTheButtons()
    {
        using var h = new ChecklistHarness();
        var practice = h.Save(ChecklistHarness.NewPractice());

        var data = (ChecklistCardData)h.Cards.Channel(practice, CutoverDay3, superseded: true).Data;
        var json = new CardRenderer().Render(h.Cards.Channel(practice, CutoverDay3, superseded: true));

        Assert.True(data.Superseded);
        Assert.Contains("see today's card", json);
        Assert.Contains("Ticks made here still count", json);
        Assert.Contains("checklist.toggle", json);
    }

    [Fact]
    public void Channel_EntriesLoggedYesterday_CountedByCategoryWithNoPatientData()
    {
        using var h = new ChecklistHarness();
        var practice = h.Save(ChecklistHarness.NewPractice());
        var yesterday = CutoverDay3.AddDays(-1);
        Log(h, practice.Id, EntryCategory.Call, yesterday, 10, "Margaret Evans", "4010232137");
        Log(h, practice.Id, EntryCategory.Call, yesterday, 23, "Tomasz Nowak", null);
        Log(h, practice.Id, EntryCategory.Registration, yesterday, 0, "Sarah Jones", null);
        Log(h, practice.Id, EntryCategory.Call, CutoverDay3, 8, "Not Yesterday", null);
        Log(h, "19:other@thread.tacv2", EntryCategory.Call, yesterday, 9, "Other Practice", null);

        var card = h.Cards.Channel(practice, CutoverDay3, superseded: false);
        var data = (ChecklistCardData)card.Data;
        var json = JsonSerializer.Serialize(card.Data) + new CardRenderer().Render(card);

        Assert.Equal([("Phone call", "2"), ("New registration", "1")], data.Entries.Select(e => (e.Label, e.Count)));
        foreach (var secret in new[] { "Margaret", "Evans", "Nowak", "Sarah", "4010232137", "14/02/1948", "1948", "bloods" })
            Assert.DoesNotContain(secret, json);
    }

    [Fact]
    public void ManagerMorning_CutoverDay_ShowsMilestoneOverdueAndMissingDetails()
    {
        using var h = new ChecklistHarness();
        var practice = h.Save(ChecklistHarness.NewPractice(setUpOn: ChecklistHarness.Fdp.AddDays(-10)));
        Log(h, practice.Id, EntryCategory.Call, CutoverDay3.AddDays(-1), 11, null, null);
        Log(h, practice.Id, EntryCategory.Other, CutoverDay3.AddDays(-1), 12, null, null);

        var card = h.Cards.ManagerMorning(practice, CutoverDay3);
        var data = (ManagerMorningCardData)card.Data;
        var json = new CardRenderer().Render(card);

        Assert.Equal("Cutover day 3 of 5", data.PhaseText);
        Assert.Equal("Go-live in 3 days (Mon 29 Mar)", data.MilestoneText);
        Assert.Contains(data.Overdue, r => r.TaskId == "stop-eps");
        Assert.StartsWith("Overdue (", data.OverdueHeading);
        Assert.Equal("1 entry still needs details.", data.MissingDetailsText);
        Assert.Equal("2 entries waiting for re-entry.", data.PendingText);
        Assert.DoesNotContain("${", json);
    }

    [Fact]
    public void Channel_ManyOverdue_ShowsSomeAndCountsTheRestWithinTeamsSizeLimit()
    {
        using var h = new ChecklistHarness();
        var practice = h.Save(ChecklistHarness.NewPractice(dispensing: true, setUpOn: ChecklistHarness.Fdp.AddDays(-60)));

        var card = h.Cards.Channel(practice, ChecklistHarness.GoLive.AddDays(1), superseded: false);
        var data = (ChecklistCardData)card.Data;

        Assert.Equal(ChecklistCards.MaxOverdueRowsInChannel, data.Overdue.Count);
        Assert.True(data.HasMoreOverdue);
        Assert.Matches(@"^And \d+ more overdue, missed earlier: they show here as these are ticked\.$", data.MoreOverdueText);
        Assert.True(CardRenderer.Utf8Size(new CardRenderer().Render(card)) < CardRenderer.MaxCardBytes);
    }

    [Fact]
    public void Channel_TaskOpenForSeveralDays_ShowsHowToDoItOnItsFirstAndDueDaysOnly()
    {
        using var h = new ChecklistHarness();
        var practice = h.Save(ChecklistHarness.NewPractice(dispensing: true, setUpOn: ChecklistHarness.Fdp.AddDays(-60)));
        var item = LongWindowTask(h, practice);
        var renderer = new CardRenderer();
        string CardOn(DateOnly day) => renderer.Render(h.Cards.Channel(practice, day, superseded: false));

        Assert.Contains(Json(item.Task.Guidance), CardOn(item.StartsOn));
        Assert.DoesNotContain(Json(item.Task.Guidance), CardOn(item.StartsOn.AddDays(1)));
        Assert.Contains($"done {item.Task.Id}", CardOn(item.StartsOn.AddDays(1)));
        Assert.Contains(Json(item.Task.Guidance), CardOn(item.EndsOn));
    }

    [Fact]
    public void Channel_PracticeSetUpPartWayThroughATasksWindow_ShowsHowToDoItOnTheFirstCard()
    {
        using var h = new ChecklistHarness();
        var early = h.Save(ChecklistHarness.NewPractice(dispensing: true, setUpOn: ChecklistHarness.Fdp.AddDays(-60)));
        var item = LongWindowTask(h, early);
        var practice = h.Save(ChecklistHarness.NewPractice(dispensing: true, setUpOn: item.StartsOn.AddDays(1)));

        var card = new CardRenderer().Render(h.Cards.Channel(practice, item.StartsOn.AddDays(1), superseded: false));

        Assert.Contains(Json(item.Task.Guidance), card);
    }

    // A one-off task of the day after go-live that is open for at least three days.
    private static ChecklistItem LongWindowTask(ChecklistHarness h, Practices.Practice practice) =>
        h.Builder.Build(practice, ChecklistHarness.GoLive.AddDays(1)).Today
            .First(i => !i.Task.Daily && i.EndsOn.DayNumber - i.StartsOn.DayNumber >= 2);

    private static string Json(string text) => System.Text.Json.JsonSerializer.Serialize(text)[1..^1];

    private static void Log(ChecklistHarness h, string practiceId, EntryCategory category, DateOnly londonDay, int hour, string? name, string? nhs)
    {
        var local = londonDay.ToDateTime(new TimeOnly(hour, 30));
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        h.Entries.Insert(new Entry
        {
            PracticeId = practiceId,
            Category = category,
            Reference = "X-" + Guid.NewGuid().ToString("N")[..6],
            Patient = new PatientDetails { Name = name, NhsNumber = nhs, DateOfBirth = name is null ? null : new DateOnly(1948, 2, 14), Text = "wants to know if her bloods are back" },
            OccurredOn = londonDay,
            LoggedAt = new DateTimeOffset(local, zone.GetUtcOffset(local)),
        });
    }
}

using CutoverBot.Core.Cards;
using CutoverBot.Core.Checklist;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Parsing;

namespace CutoverBot.Core.Tests.Checklist;

/// <summary>
/// The channel checklist card as Teams receives it on every day of a dispensing practice's cutover, with entries of
/// every kind logged the day before and a long display name on the ticks: Teams refuses a card over 28 KB, and the
/// redrawn card after a tick is the answer to the click, so a card over the limit is a button that stops working.
/// The daily routines of cutover are ticked too, each for its own day.
/// </summary>
public sealed class ChecklistCardSizeTests
{
    /// <summary>
    /// Issue 15's limit: the card goes to every member's client again on each tick, and a practice's own longer wording
    /// in its catalog copy needs room under Teams' 28 KB. The busiest day (the day after go-live) was 24.4 KB before the
    /// rows lost their wrapper and per-button fallback, 19.1 KB after, and is under 16 KB since guidance shows on a
    /// task's first and last days only and the channel card shows five overdue tasks.
    /// </summary>
    private const int WellUnderTeamsLimit = 16 * 1024;

    private const string LongName = "Dr Alexandra Montgomery-Fitzwilliam (Riverside Surgery, Partner)";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Channel_EveryDayOfCutoverWithEntries_CardUnderTeamsLimit(bool tickEverythingDue)
    {
        using var h = new ChecklistHarness();
        var fdp = ChecklistHarness.Fdp;
        var goLive = ChecklistHarness.GoLive;
        var practice = h.Save(ChecklistHarness.NewPractice(dispensing: true, setUpOn: fdp.AddDays(-60)));
        var renderer = new CardRenderer();
        var largest = (Bytes: 0, Date: default(DateOnly));

        for (var date = fdp.AddDays(-42); date <= goLive.AddDays(90); date = date.AddDays(1))
        {
            h.SetLondon(date, 9, 0);
            foreach (var kind in EntryCategoryInfo.All) h.Entries.Insert(LoggedYesterday(practice.Id, kind.Category, h.Time.GetUtcNow()));
            if (tickEverythingDue)
            {
                h.SetLondon(date, 23, 30);
                var day = h.Builder.Build(practice, date);
                foreach (var item in day.Today) h.Ticks.Tick(practice.Id, item.Task.Id, "29:long", LongName);
                foreach (var item in day.Daily) h.Ticks.Tick(practice.Id, item.Task.Id, "29:long", LongName, date);
            }

            var size = CardRenderer.Utf8Size(renderer.Render(h.Planner.BuildChannelCard(practice, date, superseded: false)));
            if (size > largest.Bytes) largest = (size, date);
        }

        Assert.True(largest.Bytes < WellUnderTeamsLimit, $"{largest.Bytes} bytes on {largest.Date:dd/MM/yyyy}");
    }

    [Fact]
    public void Channel_EarlierSectionOpenOnAnyPage_CardWellUnderTeamsLimit()
    {
        using var h = new ChecklistHarness();
        // A dispensing practice set up the day before go-live, with the most tasks behind it.
        var practice = h.Save(ChecklistHarness.NewPractice(dispensing: true, setUpOn: ChecklistHarness.GoLive.AddDays(-1)));
        var renderer = new CardRenderer();
        var n = h.Builder.Build(practice, ChecklistHarness.GoLive.AddDays(-1)).Earlier.Count;

        for (var page = 1; page <= EarlierTasksSection.PageCount(n); page++)
        {
            var size = CardRenderer.Utf8Size(renderer.Render(h.Cards.Channel(practice, ChecklistHarness.GoLive.AddDays(-1), superseded: false, page)));
            Assert.True(size < 20 * 1024, $"{size} bytes on page {page}");
        }
    }

    private static Entry LoggedYesterday(string practiceId, EntryCategory category, DateTimeOffset now) => new()
    {
        PracticeId = practiceId,
        Reference = EntryCategoryInfo.For(category).ReferencePrefix + "-" + now.ToUnixTimeSeconds(),
        Category = category,
        Patient = new PatientDetails { Name = "Sample Patient", Text = "asked for results" },
        AuthorId = "29:sam",
        AuthorName = "Sam Jones",
        LoggedAt = now.AddDays(-1),
    };
}

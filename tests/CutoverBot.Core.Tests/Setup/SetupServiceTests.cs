using CutoverBot.Core.Practices;
using CutoverBot.Core.Setup;
using CutoverBot.Core.Tests.Checklist;

namespace CutoverBot.Core.Tests.Setup;

public sealed class SetupServiceTests
{
    private static readonly DateOnly Today = new(2027, 1, 4);

    private static (ChecklistHarness H, Practice Practice) NotSetUp()
    {
        var h = new ChecklistHarness();
        h.SetLondon(Today, 10, 0);
        var practice = ChecklistHarness.NewPractice(manager: null);
        practice.FdpDate = practice.GoLiveDate = null;
        practice.SetUpOn = null;
        h.Save(practice);
        return (h, practice);
    }

    [Fact]
    public void Apply_FirstSetup_SavesDatesAndMakesTheUserManager()
    {
        var (h, practice) = NotSetUp();
        using var _ = h;

        var outcome = h.Setup.Apply(ChecklistHarness.InChannel(ChecklistHarness.Sam), practice,
            new SetupRequest(Today.AddDays(40), Today.AddDays(46)) { OdsCode = "a81001", IsDispensing = true });

        Assert.True(outcome.Saved);
        Assert.Empty(outcome.Warnings);
        var saved = h.Practices.Find(practice.Id)!;
        Assert.Equal((Today.AddDays(40), Today.AddDays(46), "A81001", true, "29:sam", Today),
            (saved.FdpDate, saved.GoLiveDate, saved.OdsCode, saved.IsDispensing, saved.ManagerUserId, saved.SetUpOn));
        Assert.Contains("- Practice manager: Sam Jones", outcome.Summary);
        Assert.Contains("- Today: FDP in 40 days", outcome.Summary);
    }

    [Fact]
    public void Apply_FirstSetup_ConfirmsInAFewReadableLinesWithUkDates()
    {
        var (h, practice) = NotSetUp();
        using var _ = h;

        var outcome = h.Setup.Apply(ChecklistHarness.InChannel(ChecklistHarness.Sam), practice,
            new SetupRequest(new DateOnly(2027, 2, 15), new DateOnly(2027, 2, 22)) { MorningPostTime = new TimeOnly(7, 45) });

        var confirmation = outcome.Confirmation!;
        Assert.Equal("Setup saved for Riverside Surgery.", confirmation.Heading);
        Assert.Equal(
            [("FDP", "Monday 15 February 2027"), ("Go-live", "Monday 22 February 2027"), ("Today", "FDP in 42 days"),
                ("Morning post", "07:45 UK time, in General"), ("Practice manager", "Sam Jones"), ("Dispensing practice", "no")],
            confirmation.Facts.Select(f => (f.Title, f.Value)));
        Assert.Equal(["Type checklist to see today's list."], confirmation.Notes);
        Assert.Equal(outcome.Summary, confirmation.Text);
        Assert.Equal(8, outcome.Summary.Split("\n\n").Length);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Apply_GoLiveNotAfterFdp_Refused(int goLiveAfterFdp)
    {
        var (h, practice) = NotSetUp();
        using var _ = h;

        var outcome = h.Setup.Apply(ChecklistHarness.InChannel(ChecklistHarness.Sam), practice,
            new SetupRequest(Today.AddDays(40), Today.AddDays(40 + goLiveAfterFdp)));

        Assert.False(outcome.Saved);
        Assert.Contains("must be after FDP", Assert.Single(outcome.Errors));
        Assert.False(h.Practices.Find(practice.Id)!.IsSetUp);
    }

    [Fact]
    public void Apply_FdpUnderFourWeeksAway_SavedWithAWarning()
    {
        var (h, practice) = NotSetUp();
        using var _ = h;

        var outcome = h.Setup.Apply(ChecklistHarness.InChannel(ChecklistHarness.Sam), practice, new SetupRequest(Today.AddDays(12), Today.AddDays(19)));

        Assert.True(outcome.Saved);
        Assert.Contains("FDP is only 12 days away", Assert.Single(outcome.Warnings));
        Assert.Contains("four weeks", outcome.Warnings[0]);
    }

    [Fact]
    public void Apply_DatesInThePast_SavedAndSaysWhatIsNotTracked()
    {
        var (h, practice) = NotSetUp();
        using var _ = h;

        var outcome = h.Setup.Apply(ChecklistHarness.InChannel(ChecklistHarness.Sam), practice, new SetupRequest(Today.AddDays(-9), Today.AddDays(-4)));

        Assert.True(outcome.Saved);
        Assert.Empty(outcome.Warnings);
        Assert.Contains("- Today: Day 4 after go-live", outcome.Summary);
        var day = h.Builder.Build(h.Practices.Find(practice.Id)!, Today);
        Assert.Empty(day.Overdue);
        Assert.Contains($"{day.Earlier.Count} earlier tasks are still open", outcome.Summary);
        Assert.Contains("under \"Earlier tasks still open\", where you can tick", outcome.Summary);
        // Readable lines, not a paragraph of raw task ids.
        Assert.DoesNotContain("planning-meeting", outcome.Summary);
        Assert.DoesNotContain("task(s)", outcome.Summary);
    }

    [Fact]
    public void Apply_RerunAfterEarlierTasksTicked_CountsOnlyThoseStillOpen()
    {
        var (h, practice) = NotSetUp();
        using var _ = h;
        var sam = ChecklistHarness.InChannel(ChecklistHarness.Sam);
        var first = h.Setup.Apply(sam, practice, new SetupRequest(Today.AddDays(-9), Today.AddDays(-4)));
        var open = h.Builder.Build(h.Practices.Find(practice.Id)!, Today).Earlier.Count;
        h.Ticks.Tick(practice.Id, "planning-meeting", sam.User.Id, sam.User.Name);
        h.SetLondon(Today.AddDays(1), 9, 0);

        var again = h.Setup.Apply(sam, h.Practices.Find(practice.Id)!, new SetupRequest(Today.AddDays(-9), Today.AddDays(-4)));

        Assert.Contains($"{open} earlier tasks are still open", first.Summary);
        Assert.Contains($"{open - 1} earlier tasks are still open", again.Summary);
    }

    [Fact]
    public void Apply_RerunWithNewDates_KeepsTicksAndFirstSetupDay()
    {
        var (h, practice) = NotSetUp();
        using var _ = h;
        var manager = ChecklistHarness.InChannel(ChecklistHarness.Manager);
        h.Setup.Apply(manager, practice, new SetupRequest(Today.AddDays(40), Today.AddDays(46)) { IsDispensing = true });
        h.Ticks.Tick(practice.Id, "reentry-option", "29:manager", "Pat Manager");
        h.SetLondon(Today.AddDays(3), 9, 0);

        var outcome = h.Setup.Apply(manager, h.Practices.Find(practice.Id)!, new SetupRequest(Today.AddDays(54), Today.AddDays(60)));

        var saved = h.Practices.Find(practice.Id)!;
        Assert.True(outcome.Saved);
        Assert.Equal((Today.AddDays(54), Today, true), (saved.FdpDate!.Value, saved.SetUpOn!.Value, saved.IsDispensing));
        Assert.NotNull(h.Ticks.Find(practice.Id, "reentry-option"));
        Assert.DoesNotContain(h.Builder.Build(saved, Today.AddDays(14)).Today, i => i.Task.Id == "reentry-option");
    }

    [Fact]
    public void PracticeFor_Guest_Refused()
    {
        var (h, _) = NotSetUp();
        using var _h = h;

        var (practice, refusal) = h.Setup.PracticeFor(ChecklistHarness.InChannel(ChecklistHarness.Guest));

        Assert.Null(practice);
        Assert.Contains("Only practice staff can run setup", refusal);
    }

    [Fact]
    public void PracticeFor_AfterSetupSomeoneOtherThanTheManager_RefusedNamingTheManager()
    {
        var (h, practice) = NotSetUp();
        using var _ = h;
        h.Setup.Apply(ChecklistHarness.InChannel(ChecklistHarness.Manager), practice, new SetupRequest(Today.AddDays(40), Today.AddDays(46)));

        var (forSam, refusal) = h.Setup.PracticeFor(ChecklistHarness.InChannel(ChecklistHarness.Sam));
        var (forManager, _) = h.Setup.PracticeFor(ChecklistHarness.InPersonal(ChecklistHarness.Manager));

        Assert.Null(forSam);
        Assert.Contains("Only the practice manager, Pat Manager, can change setup", refusal);
        Assert.Equal(practice.Id, forManager!.Id);
    }

    [Theory]
    [InlineData("A8100-1", null, null, "letters and digits only")]
    [InlineData(null, "19:someone-elses@thread.tacv2", null, "choose one of this team's channels")]
    [InlineData(null, null, "29:icb-guest", "must be a member of staff")]
    public void Apply_ForgedOrBadFields_Refused(string? ods, string? channel, string? manager, string expected)
    {
        var (h, practice) = NotSetUp();
        using var _ = h;

        var outcome = h.Setup.Apply(ChecklistHarness.InChannel(ChecklistHarness.Sam), practice,
            new SetupRequest(Today.AddDays(40), Today.AddDays(46)) { OdsCode = ods, ChannelId = channel, ManagerUserId = manager });

        Assert.False(outcome.Saved);
        Assert.Contains(expected, Assert.Single(outcome.Errors));
    }

    [Fact]
    public void Apply_OdsCodeNotGpShaped_SavedWithAWarning()
    {
        var (h, practice) = NotSetUp();
        using var _ = h;

        var outcome = h.Setup.Apply(ChecklistHarness.InChannel(ChecklistHarness.Sam), practice,
            new SetupRequest(Today.AddDays(40), Today.AddDays(46)) { OdsCode = "rxh01" });

        Assert.True(outcome.Saved);
        Assert.Contains("RXH01 is not shaped like a GP practice's ODS code", Assert.Single(outcome.Warnings));
    }
}

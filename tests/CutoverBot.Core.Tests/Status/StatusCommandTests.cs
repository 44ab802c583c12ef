using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Scheduling;
using CutoverBot.Core.Status;
using static CutoverBot.Core.Tests.TestBot;

namespace CutoverBot.Core.Tests.Status;

/// <summary>status through the router, over a real database; the clock says Thu 26 Nov 2026 09:15 London (GMT).</summary>
public sealed class StatusCommandTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private readonly TestBot _bot = new();
    private readonly PostLogStore _log;

    public StatusCommandTests()
    {
        _log = new PostLogStore(_bot.Db);
        SetUp(new DateOnly(2026, 11, 20), new DateOnly(2026, 12, 1), new TimeOnly(8, 0));
    }

    public void Dispose() => _bot.Dispose();

    [Fact]
    public void Status_ManagerInChannel_ShowsNextAndLastPostProblemsEntriesAndVersion()
    {
        Sent(MorningPostKind.ChannelChecklist, Today, At(Today, 8, 0));
        GaveUp(MorningPostKind.ManagerMorning, Today.AddDays(-1));
        _bot.Log(Channel(Sam), "log call Margaret Evans 14/02/1948 wants her bloods");

        var shown = Status(Channel(Manager));

        Assert.Contains("CutoverBot status: Riverside Surgery", shown);
        Assert.Contains("Fri 27 Nov at 08:00 (tomorrow)", shown);
        Assert.Contains("Daily checklist card, Thu 26 Nov 08:00: delivered", shown);
        Assert.Contains("Manager's morning card, Wed 25 Nov: not delivered (no more tries)", shown);
        Assert.Contains("1 entry; re-entry 0 of 1 done", shown);
        Assert.Contains(BotVersion.Text, shown);
        Assert.DoesNotContain("Margaret", shown);
        Assert.DoesNotContain("1948", shown);
    }

    [Fact]
    public void Status_StaffMember_SeesNextAndLastPostButNotTheManagersDetails()
    {
        GaveUp(MorningPostKind.ManagerMorning, Today.AddDays(-1));

        var shown = Status(Personal(Sam));

        Assert.Contains("Fri 27 Nov at 08:00 (tomorrow)", shown);
        Assert.Contains("Last post", shown);
        Assert.DoesNotContain("Delivery problems", shown);
        Assert.DoesNotContain("Manager's morning card", shown);
        Assert.DoesNotContain("Version", shown);
        Assert.Contains("practice manager can type status", shown);
    }

    [Fact]
    public void Status_GuestInChannel_IsRefused()
    {
        var response = _bot.Say(Channel(Guest), "status");

        Assert.Equal(PracticeResolver.GuestRefusal, Assert.Single(response.Messages).Text);
    }

    [Fact]
    public void Status_PostTimeStillToComeToday_NextPostIsToday()
    {
        SetUp(new DateOnly(2026, 11, 20), new DateOnly(2026, 12, 1), new TimeOnly(10, 30));

        Assert.Contains("Thu 26 Nov at 10:30 (today)", Status(Channel(Manager)));
    }

    [Fact]
    public void Status_TodaysCardAlreadyPostedBeforeTheTimeWasMovedLater_NextPostIsTomorrow()
    {
        Sent(MorningPostKind.ChannelChecklist, Today, At(Today, 8, 0));
        SetUp(new DateOnly(2026, 11, 20), new DateOnly(2026, 12, 1), new TimeOnly(10, 30));

        Assert.Contains("Fri 27 Nov at 10:30 (tomorrow)", Status(Channel(Manager)));
    }

    [Fact]
    public void Status_PostRetrying_SaysWhenItIsTriedAgainAndIsNotAProblem()
    {
        var key = new PostKey(Riverside, MorningPostKind.ChannelChecklist, Today);
        _log.TryClaim(key, At(Today, 8, 0));
        _log.MarkFailed(key, At(Today, 9, 25));

        var shown = Status(Channel(Manager));

        Assert.Contains("not delivered yet, trying again at 09:25", shown);
        Assert.Contains("None in the last 7 days", shown);
    }

    [Fact]
    public void Status_SendInterruptedByARestart_ListedAsMayNotHaveArrived()
    {
        _log.TryClaim(new PostKey(Riverside, MorningPostKind.ChannelChecklist, Today), At(Today, 8, 0));

        var shown = Status(Channel(Manager));

        Assert.Contains("Needs attention", shown);
        Assert.Contains("Daily checklist card, Thu 26 Nov: not confirmed", shown);
    }

    [Fact]
    public void Status_RemindersToSeveralPeopleFailed_OneRowWithoutNames()
    {
        foreach (var user in new[] { Sam, Alex })
        {
            var key = new PostKey(Riverside, MorningPostKind.ReentryNudge, Today.AddDays(-2), user.Id);
            _log.TryClaim(key, At(Today.AddDays(-2), 8, 0));
            _log.MarkGaveUp(key);
        }

        var shown = Status(Channel(Manager));

        Assert.Contains("Re-entry reminder (2 people), Tue 24 Nov: not delivered (no more tries)", shown);
        Assert.DoesNotContain(Sam.Name, shown);
    }

    [Fact]
    public void Status_ProblemOlderThanAWeek_NotListed()
    {
        GaveUp(MorningPostKind.ManagerMorning, Today.AddDays(-PracticeStatus.ProblemDays));

        Assert.Contains("None in the last 7 days", Status(Channel(Manager)));
    }

    [Fact]
    public void Status_ManagerOfPracticeTheBotWasRemovedFrom_ToldInPersonalChat()
    {
        var practice = _bot.Practices.Find(Riverside)!;
        practice.Active = false;
        _bot.Practices.Upsert(practice);

        var shown = Status(Personal(Manager));

        Assert.Contains("CutoverBot status: Riverside Surgery", shown);
        Assert.Contains("None: CutoverBot is no longer in the team", shown);
        Assert.Contains("Add CutoverBot to the team again", shown);
    }

    [Fact]
    public void Status_StaffOfNoPractice_IsToldTheBotDoesNotKnowTheirPractice()
    {
        var response = _bot.Say(Personal(Nobody), "status");

        Assert.Equal(PracticeResolver.UnknownPracticeRefusal, Assert.Single(response.Messages).Text);
    }

    [Fact]
    public void Status_PracticeNotSetUp_SaysSetupIsNeeded()
    {
        var shown = Status(Channel(Hilda, Hillview));

        Assert.Contains("None until setup is done", shown);
    }

    [Fact]
    public void Help_ListsStatus()
    {
        Assert.Contains("Practice manager: when the next morning post is due", Status(Personal(Sam), "help"));
    }

    private string Status(ChatContext context, string text = "status") => _bot.Shown(_bot.Say(context, text), Audience.Here);

    private void SetUp(DateOnly fdp, DateOnly goLive, TimeOnly postTime)
    {
        var practice = _bot.Practices.Find(Riverside)!;
        practice.FdpDate = fdp;
        practice.GoLiveDate = goLive;
        practice.SetUpOn ??= fdp.AddDays(-30);
        practice.MorningPostTime = postTime;
        _bot.Practices.Upsert(practice);
    }

    private void Sent(MorningPostKind kind, DateOnly date, DateTimeOffset at)
    {
        var key = new PostKey(Riverside, kind, date);
        _log.TryClaim(key, at);
        _log.MarkSent(key, "activity-1", "conversation-1", at);
    }

    private void GaveUp(MorningPostKind kind, DateOnly date)
    {
        var key = new PostKey(Riverside, kind, date);
        _log.TryClaim(key, At(date, 8, 0));
        _log.MarkGaveUp(key);
    }

    // November and late December are GMT, so London time is UTC in these tests.
    private static DateTimeOffset At(DateOnly date, int hour, int minute) => new(date.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.Zero);
}

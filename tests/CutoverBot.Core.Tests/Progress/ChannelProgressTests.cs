using CutoverBot.Core.Entries;
using static CutoverBot.Core.Tests.TestBot;

namespace CutoverBot.Core.Tests.Progress;

public sealed class ChannelProgressTests : IDisposable
{
    private readonly ProgressHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public void For_DuringCutover_GivesPhaseDaysAndEntriesPerDayByKind()
    {
        _h.On(new DateOnly(2026, 11, 30));
        _h.Bot.Log(Personal(Sam), "log call Margaret Evans 14/02/1948 wants her bloods");
        _h.Bot.Time.Advance(TimeSpan.FromMinutes(1));
        _h.Bot.Log(Personal(Sam), "log call John Smith 1/1/1960 sick note");
        _h.On(new DateOnly(2026, 12, 1));
        _h.Bot.Log(Personal(Alex), "new reg Tomasz Nowak dob 22 Aug 1990 GMS1 in tray");
        _h.On(new DateOnly(2026, 12, 3));

        var view = _h.Channel.For(_h.Riverside_);

        Assert.Equal("cutover", view.Phase);
        Assert.Equal(-6, view.DaysToFdp);
        Assert.Equal(5, view.DaysToGoLive);
        Assert.Equal(95, view.DaysToLegacyEnd);
        Assert.Equal(["call", "registration"], view.Kinds.Select(k => k.Kind));
        Assert.Equal(new DateOnly(2026, 11, 27), view.EntriesPerDay[0].Date);
        Assert.Equal(new DateOnly(2026, 12, 3), view.EntriesPerDay[^1].Date);
        Assert.Equal([2, 0], view.EntriesPerDay.Single(d => d.Date == new DateOnly(2026, 11, 30)).ByKind);
        Assert.Equal([0, 1], view.EntriesPerDay.Single(d => d.Date == new DateOnly(2026, 12, 1)).ByKind);
        Assert.Equal(3, view.EntriesLogged);
        Assert.False(view.AfterGoLive);
        Assert.Empty(view.Burndown);
    }

    [Fact]
    public void For_Checklist_CountsByPhaseAndNamesOverdueTasks()
    {
        var view = _h.Channel.For(_h.Riverside_);

        var preparation = view.Checklist.Single(p => p.Phase == "preparation");
        Assert.True(preparation.Total > 0);
        Assert.Equal(0, preparation.Done);
        Assert.Equal(view.OverdueTasks.Count, view.Checklist.Sum(p => p.Overdue));
        Assert.NotEmpty(view.OverdueTasks);
        var first = view.OverdueTasks[0];

        _h.Bot.Say(Personal(Manager), "done " + first.Id);
        var after = _h.Channel.For(_h.Riverside_);

        Assert.DoesNotContain(after.OverdueTasks, t => t.Id == first.Id);
        Assert.Equal(view.Checklist.Sum(p => p.Done) + 1, after.Checklist.Sum(p => p.Done));
    }

    [Fact]
    public void For_AfterGoLive_BurnDownFollowsConfirmationsAndProgressIsByPersonAndKind()
    {
        _h.On(new DateOnly(2026, 12, 2));
        var call = _h.Bot.Log(Personal(Sam), "log call Margaret Evans 14/02/1948 wants her bloods");
        _h.Bot.Time.Advance(TimeSpan.FromMinutes(1));
        _h.Bot.Log(Personal(Sam), "log call John Smith 1/1/1960 sick note");
        var reg = _h.Bot.Log(Personal(Alex), "new reg Tomasz Nowak dob 22 Aug 1990 GMS1 in tray");
        _h.On(new DateOnly(2026, 12, 9));
        _h.Bot.Say(Personal(Sam), "reentered " + call.Reference);
        _h.On(new DateOnly(2026, 12, 10));
        _h.Bot.Say(Personal(Alex), "not needed " + reg.Reference + " duplicate");

        var view = _h.Channel.For(_h.Riverside_);

        Assert.True(view.AfterGoLive);
        Assert.Equal([3, 2, 1], view.Burndown.Select(b => b.Outstanding));
        Assert.Equal(new DateOnly(2026, 12, 8), view.Burndown[0].Date);
        var sam = view.ByPerson.Single(p => p.Name == Sam.Name);
        Assert.Equal((1, 1, 0), (sam.Pending, sam.Reentered, sam.NotNeeded));
        var alex = view.ByPerson.Single(p => p.Name == Alex.Name);
        Assert.Equal((0, 0, 1), (alex.Pending, alex.Reentered, alex.NotNeeded));
        Assert.Equal([("Phone call", 1), ("New registration", 0)], view.ByKind.Select(k => (k.Name, k.Pending)));
    }

    [Fact]
    public void For_Anything_CarriesNoPatientDetail()
    {
        _h.On(new DateOnly(2026, 12, 9));
        _h.Bot.Log(Personal(Sam), "log call Margaret Evans 14/02/1948 943 476 5919 wants her bloods");

        var json = System.Text.Json.JsonSerializer.Serialize(_h.Channel.For(_h.Riverside_));

        Assert.DoesNotContain("Margaret", json);
        Assert.DoesNotContain("Evans", json);
        Assert.DoesNotContain("1948", json);
        Assert.DoesNotContain("9434765919", json);
        Assert.DoesNotContain("bloods", json);
    }

    [Fact]
    public void For_NotSetUp_ShowsCountsWithoutDates()
    {
        var practice = _h.Riverside_;
        practice.FdpDate = null;
        practice.GoLiveDate = null;
        _h.Bot.Practices.Upsert(practice);

        var view = _h.Channel.For(practice);

        Assert.False(view.IsSetUp);
        Assert.Null(view.DaysToGoLive);
        Assert.Empty(view.Checklist);
    }
}

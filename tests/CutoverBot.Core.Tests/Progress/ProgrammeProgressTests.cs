using CutoverBot.Core.Practices;
using CutoverBot.Core.Sharing;
using static CutoverBot.Core.Tests.TestBot;

namespace CutoverBot.Core.Tests.Progress;

public sealed class ProgrammeProgressTests : IDisposable
{
    private const string Icb = "19:icb@thread.tacv2";
    private readonly ProgressHarness _h = new();

    public ProgrammeProgressTests() => _h.Bot.Practices.Upsert(new Practice { Id = Icb, Name = "North ICB Digital", Active = true });

    public void Dispose() => _h.Dispose();

    [Fact]
    public void For_SharingPractices_ListsEachWithCountsAndATotal()
    {
        _h.Bot.Log(Personal(Sam), "log call Margaret Evans 14/02/1948 wants her bloods");
        _h.Bot.Time.Advance(TimeSpan.FromMinutes(1));
        _h.Bot.Log(Personal(Sam), "log call John Smith 1/1/1960 sick note");
        _h.Bot.Log(Personal(Hilda), "log call Ann Lee 12/9/70 wants a call back");
        _h.Bot.Say(Personal(Manager), "share progress with North ICB Digital");
        _h.Bot.Shares.Add(new ProgressShare { PracticeId = Hillview, TeamId = Icb });

        var view = _h.Programme.For(_h.Bot.Practices.Find(Icb)!);

        Assert.Equal(["Riverside Surgery", "Hillview Medical Centre"], view.Practices.Select(p => p.Name));
        var riverside = view.Practices[0];
        Assert.Equal("Y01234", riverside.OdsCode);
        Assert.Equal("preparation", riverside.Phase);
        Assert.Equal(2, riverside.EntriesLogged);
        Assert.Equal(2, riverside.ReentryOutstanding);
        Assert.Equal(102, riverside.LegacyDaysLeft);
        Assert.Equal("Not set up yet", view.Practices[1].PhaseText);
        Assert.Equal(3, view.Total.EntriesLogged);
        Assert.Equal(riverside.ChecklistTotal, view.Total.ChecklistTotal);
        Assert.DoesNotContain("Margaret", System.Text.Json.JsonSerializer.Serialize(view));
    }

    [Fact]
    public void For_TeamNobodySharesWith_IsEmpty()
    {
        _h.Bot.Say(Personal(Manager), "share progress with North ICB Digital");

        var other = _h.Programme.For(_h.Bot.Practices.Find(Hillview)!);

        Assert.Empty(other.Practices);
        Assert.Equal(0, other.Total.EntriesLogged);
    }
}

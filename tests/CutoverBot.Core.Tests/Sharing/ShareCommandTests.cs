using CutoverBot.Core.Practices;
using static CutoverBot.Core.Tests.TestBot;

namespace CutoverBot.Core.Tests.Sharing;

/// <summary>share progress with / stop sharing with through the router, and what status then says.</summary>
public sealed class ShareCommandTests : IDisposable
{
    private const string Icb = "19:icb@thread.tacv2";
    private readonly TestBot _bot = new();

    public ShareCommandTests()
    {
        _bot.Practices.Upsert(new Practice { Id = Icb, Name = "North ICB Digital", Active = true });
        var riverside = _bot.Practices.Find(Riverside)!;
        riverside.FdpDate = new DateOnly(2026, 11, 20);
        riverside.GoLiveDate = new DateOnly(2026, 12, 1);
        _bot.Practices.Upsert(riverside);
    }

    public void Dispose() => _bot.Dispose();

    private string Say(CutoverBot.Core.Kernel.ChatContext context, string text) =>
        string.Concat(_bot.Say(context, text).Messages.Select(_bot.Shown));

    [Fact]
    public void Share_ManagerNamesAnInstalledTeam_IsSharedAndStatusSaysWithWhom()
    {
        var reply = Say(Personal(Manager), "share progress with north icb digital");

        Assert.Contains("now shared with North ICB Digital", reply);
        var share = Assert.Single(_bot.Shares.SharedWith(Icb));
        Assert.Equal(Riverside, share.PracticeId);
        Assert.Contains("North ICB Digital", Say(Personal(Manager), "status"));
    }

    [Fact]
    public void Share_Twice_SaysAlreadySharedAndKeepsOne()
    {
        Say(Channel(Manager), "share progress with North ICB Digital");

        var reply = Say(Channel(Manager), "share progress with North ICB Digital");

        Assert.Contains("already shared", reply);
        Assert.Single(_bot.Shares.SharedBy(Riverside));
    }

    [Fact]
    public void Share_StaffNotManager_IsRefusedAndNothingShared()
    {
        var reply = Say(Personal(Sam), "share progress with North ICB Digital");

        Assert.Contains("Only the practice manager", reply);
        Assert.Empty(_bot.Shares.SharedBy(Riverside));
    }

    [Fact]
    public void Share_UnknownTeam_SaysTheBotMustBeAddedThere()
    {
        var reply = Say(Personal(Manager), "share progress with South ICB");

        Assert.Contains("isn't in a team called \"South ICB\"", reply);
        Assert.Contains("added to that team first", reply);
        Assert.Empty(_bot.Shares.SharedBy(Riverside));
    }

    [Fact]
    public void Share_NoTeamNamed_AsksWhich()
    {
        Assert.Contains("Which team?", Say(Personal(Manager), "share progress with"));
    }

    [Fact]
    public void Share_GuestInChannel_IsRefused()
    {
        var reply = Say(Channel(Guest), "share progress with North ICB Digital");

        Assert.Contains("guests", reply, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(_bot.Shares.SharedBy(Riverside));
    }

    [Fact]
    public void StopSharing_AfterSharing_RemovesItAndStatusSaysNobody()
    {
        Say(Personal(Manager), "share progress with North ICB Digital");

        var reply = Say(Personal(Manager), "stop sharing with North ICB Digital");

        Assert.Contains("no longer shared with North ICB Digital", reply);
        Assert.Empty(_bot.Shares.SharedWith(Icb));
        Assert.Contains("Nobody", Say(Personal(Manager), "status"));
        Assert.Contains("wasn't shared", Say(Personal(Manager), "stop sharing with North ICB Digital"));
    }
}

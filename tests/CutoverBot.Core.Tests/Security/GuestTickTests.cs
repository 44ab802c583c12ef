using CutoverBot.Core.Entries;
using CutoverBot.Core.Tests.Checklist;
using static CutoverBot.Core.Tests.TestBot;

namespace CutoverBot.Core.Tests.Security;

/// <summary>Guests read the checklist; ticking is the practice manager's choice, off by default.</summary>
public sealed class GuestTickTests : IDisposable
{
    private readonly TestBot _bot = new();

    public GuestTickTests()
    {
        var riverside = _bot.Practices.Find(Riverside)!;
        riverside.FdpDate = new DateOnly(2026, 12, 7);
        riverside.GoLiveDate = new DateOnly(2026, 12, 14);
        _bot.Practices.Upsert(riverside);
    }

    public void Dispose() => _bot.Dispose();

    private string Reply(Kernel.ChatContext context, string text) => string.Concat(_bot.Say(context, text).Messages.Select(m => m.Text));

    private string AnyTask => ChecklistHarness.Catalog.Tasks.First(t => t.AppliesTo(false)).Id;

    [Fact]
    public void Checklist_Guest_SeesTheCard()
    {
        var response = _bot.Say(Channel(Guest), "checklist");

        Assert.NotNull(Assert.Single(response.Messages).Card);
    }

    [Fact]
    public void Done_GuestByDefault_RefusedAndNotTicked()
    {
        Assert.Contains("guests can tick on", Reply(Channel(Guest), "done " + AnyTask));
        Assert.Null(new Core.Checklist.ChecklistTickStore(_bot.Db, _bot.Time).Find(Riverside, AnyTask));
    }

    [Fact]
    public void Done_ManagerAllowedGuests_GuestTicks()
    {
        Assert.StartsWith("Saved.", Reply(Channel(Manager), "guests can tick on"));

        Reply(Channel(Guest), "done " + AnyTask);

        Assert.Equal(Guest.Id, new Core.Checklist.ChecklistTickStore(_bot.Db, _bot.Time).Find(Riverside, AnyTask)?.ByUserId);
        Assert.Single(_bot.Audit.ForPractice(Riverside), r => r.Action == AuditAction.SettingChanged);
    }

    [Fact]
    public void GuestsCanTick_NotManager_RefusedAndStillOff()
    {
        Assert.Contains("Only the practice manager", Reply(Channel(Sam), "guests can tick on"));
        Assert.Contains("Only practice staff", Reply(Channel(Guest), "guests can tick on"));
        Assert.False(_bot.Practices.Find(Riverside)!.GuestsCanTick);
    }

    [Fact]
    public void GuestsCanTick_ManagerTurnsOff_GuestRefusedAgain()
    {
        Reply(Channel(Manager), "guests can tick on");
        Reply(Channel(Manager), "guests can tick off");

        Assert.Contains("guests can tick on", Reply(Channel(Guest), "done " + AnyTask));
    }
}

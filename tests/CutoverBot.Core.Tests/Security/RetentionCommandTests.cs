using CutoverBot.Core.Entries;
using CutoverBot.Core.Tests.GoLive;
using static CutoverBot.Core.Tests.TestBot;

namespace CutoverBot.Core.Tests.Security;

public sealed class RetentionCommandTests : IDisposable
{
    private readonly GoLiveHarness _h = new();

    public void Dispose() => _h.Dispose();

    private string Reply(Kernel.ChatContext context, string text) => string.Concat(_h.Say(context, text).Messages.Select(m => m.Text));

    [Fact]
    public void Retention_Staff_ToldThePeriodAndTheDate()
    {
        var reply = Reply(Personal(Sam), "retention");

        Assert.Contains("90 days after go-live (the standard period)", reply);
        Assert.Contains(UkFormat.LongDate(GoLiveHarness.GoLive.AddDays(90)), reply);
    }

    [Fact]
    public void Retention_ManagerSetsDays_SavedAndAudited()
    {
        var reply = Reply(Channel(Manager), "retention 120");

        Assert.StartsWith("Saved.", reply);
        Assert.Equal(120, _h.Riverside.RetentionDays);
        var record = Assert.Single(_h.Bot.Audit.ForPractice(Riverside), r => r.Action == AuditAction.SettingChanged);
        Assert.Equal(Manager.Id, record.UserId);
        Assert.Equal(("retentionDays", "default", "120"), (record.Changes[0].Field, record.Changes[0].Old, record.Changes[0].New));
    }

    [Fact]
    public void Retention_ManagerTypesDefault_BackToTheStandardPeriod()
    {
        Reply(Personal(Manager), "retention 200");

        Reply(Personal(Manager), "retention default");

        Assert.Null(_h.Riverside.RetentionDays);
    }

    [Fact]
    public void Retention_NotManager_RefusedAndUnchanged()
    {
        Assert.Contains("Only the practice manager", Reply(Personal(Sam), "retention 30"));
        Assert.Null(_h.Riverside.RetentionDays);
    }

    [Theory]
    [InlineData("retention 3")]
    [InlineData("retention 99999")]
    [InlineData("retention forever")]
    [InlineData("retention -5")]
    public void Retention_OutOfRangeOrNotANumber_ExplainedAndUnchanged(string text)
    {
        Assert.Contains("from 7 to 3650", Reply(Personal(Manager), text));
        Assert.Null(_h.Riverside.RetentionDays);
    }

    [Fact]
    public void Retention_Guest_Refused()
    {
        Assert.Contains("Only practice staff", Reply(Channel(Guest), "retention 30"));
        Assert.Null(_h.Riverside.RetentionDays);
    }
}

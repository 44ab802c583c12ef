using System.Text.Json;
using CutoverBot.Core.Cards;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Setup;
using CutoverBot.Core.Tests.Checklist;

namespace CutoverBot.Core.Tests.Setup;

/// <summary>The setup card offers the retention period and guest ticking, under the same rules as retention and guests can tick.</summary>
public sealed class SetupGovernanceTests : IDisposable
{
    private readonly ChecklistHarness _h = new();
    private readonly Practice _practice;

    public SetupGovernanceTests()
    {
        _h.SetLondon(new DateOnly(2027, 1, 4), 10, 0);
        _practice = _h.Save(ChecklistHarness.NewPractice());
    }

    public void Dispose() => _h.Dispose();

    private CardActionResult Submit(ChatUser user, string extra) =>
        new SetupSubmitAction(_h.Setup, _h.SetupCards, _h.Settings).Handle(ChecklistHarness.InChannel(user),
            JsonDocument.Parse($$"""{"fdpDate":"2027-03-23","goLiveDate":"2027-03-29"{{extra}}}""").RootElement);

    private Practice Saved => _h.Practices.Find(_practice.Id)!;

    private IReadOnlyList<AuditRecord> SettingRecords => _h.Audit.ForPractice(_practice.Id).Where(r => r.Action == AuditAction.SettingChanged).ToList();

    [Fact]
    public void Form_PracticeWithItsOwnPeriod_ShowsItTheStandardAndGuestTicking()
    {
        _practice.RetentionDays = 120;
        _practice.GuestsCanTick = true;
        _h.Practices.Upsert(_practice);

        var card = _h.SetupCards.Form(_practice, [], null);

        var data = (SetupCardData)card.Data;
        Assert.Equal((120, 90, "true"), (data.RetentionDays, data.StandardRetentionDays, data.GuestsCanTick));
        var json = new CardRenderer().Render(card);
        Assert.Contains("\"id\":\"retentionDays\"", json.Replace(" ", ""));
        Assert.Contains("the standard is 90", json);
    }

    [Fact]
    public void Submit_ManagerChangesBoth_SavedAndAuditedExactlyAsTheTypedCommandsRecordThem()
    {
        var result = Submit(ChecklistHarness.Manager, ""","retentionDays":"120","guestsCanTick":"true" """);

        Assert.Equal(200, result.StatusCode);
        Assert.Equal((120, true), (Saved.RetentionDays, Saved.GuestsCanTick));
        var notices = ((SetupCardData)result.Card!.Data).Notices.Select(n => n.Text).ToList();
        Assert.Contains("Patient details will be kept for 120 days after go-live.", notices);
        Assert.Contains(notices, n => n.StartsWith("Guests of the team can now tick", StringComparison.Ordinal));
        Assert.Equal(
            [("retentionDays", "retentionDays", "default", "120"), ("guestsCanTick", "guestsCanTick", "off", "on")],
            SettingRecords.Select(r => (r.Surface, r.Changes[0].Field, r.Changes[0].Old, r.Changes[0].New)));
        Assert.All(SettingRecords, r => Assert.Equal(ChecklistHarness.Manager.Id, r.UserId));
    }

    [Fact]
    public void Submit_SameValuesAsSaved_NothingAudited()
    {
        Submit(ChecklistHarness.Manager, ""","retentionDays":"90","guestsCanTick":"false" """);

        Assert.Empty(SettingRecords);
        Assert.Null(Saved.RetentionDays);
    }

    [Theory]
    [InlineData(""","retentionDays":"3" """)]
    [InlineData(""","retentionDays":"99999" """)]
    [InlineData(""","retentionDays":"ninety" """)]
    [InlineData(""","retentionDays":"-30" """)]
    [InlineData(""","retentionDays":1e9""")]
    public void Submit_RetentionOutOfRangeOrForged_FormComesBackWithTheRangeAndNothingSaved(string extra)
    {
        _practice.FdpDate = new DateOnly(2027, 3, 16);
        _h.Practices.Upsert(_practice);

        var result = Submit(ChecklistHarness.Manager, extra);

        Assert.Equal(200, result.StatusCode);
        Assert.Contains(((SetupCardData)result.Card!.Data).Notices, n => n.Color == "attention" && n.Text.Contains("from 7 to 3650", StringComparison.Ordinal));
        Assert.Equal((new DateOnly(2027, 3, 16), (int?)null), (Saved.FdpDate, Saved.RetentionDays));
        Assert.Empty(SettingRecords);
    }

    [Fact]
    public void Submit_FirstSetupNamingSomeoneElseManager_DatesSavedGovernanceLeftToTheManager()
    {
        _practice.FdpDate = _practice.GoLiveDate = null;
        _practice.ManagerUserId = null;
        _h.Practices.Upsert(_practice);

        var result = Submit(ChecklistHarness.Sam, ""","managerId":"29:manager","retentionDays":"30","guestsCanTick":"true" """);

        Assert.True(Saved.IsSetUp);
        Assert.Equal(((int?)null, false), (Saved.RetentionDays, Saved.GuestsCanTick));
        Assert.Contains(((SetupCardData)result.Card!.Data).Notices, n => n.Color == "warning" && n.Text.Contains("practice manager's to change", StringComparison.Ordinal));
        Assert.Empty(SettingRecords);
    }

    [Fact]
    public void Submit_OlderCardWithoutTheNewFields_LeavesBothAsTheyWere()
    {
        _practice.RetentionDays = 200;
        _practice.GuestsCanTick = true;
        _h.Practices.Upsert(_practice);

        Submit(ChecklistHarness.Manager, "");

        Assert.Equal((200, true), (Saved.RetentionDays, Saved.GuestsCanTick));
    }
}

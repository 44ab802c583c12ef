using System.Text.Json;
using CutoverBot.Core.Commands;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Parsing;
using CutoverBot.Core.Retention;
using CutoverBot.Core.Tests.GoLive;
using static CutoverBot.Core.Tests.TestBot;

namespace CutoverBot.Core.Tests.Security;

/// <summary>A UBRN is treated as patient data: never quoted in the audit trail, removed by the retention purge.</summary>
public sealed class UbrnGovernanceTests : IDisposable
{
    private readonly GoLiveHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public void EntryComplete_UbrnCorrected_AuditNamesTheFieldButNeitherValue()
    {
        var referral = _h.Bot.Log(Personal(Sam), "referral Philippa Quenby 14/02/1948 UBRN 3819 2047 5566 to ENT");

        var result = _h.Click(Personal(Sam), EntryCompleteAction.Name, new { entryId = referral.Id.ToString(), ubrn = "4410 2920 1187" });

        Assert.Equal(200, result.StatusCode);
        Assert.Equal("441029201187", _h.Bot.Entries.Find(referral.Id)!.Ubrn);
        var change = Assert.Single(_h.Bot.Audit.ForEntry(referral.Id).Last().Changes, c => c.Field == EntryFields.Ubrn);
        Assert.Equal((true, null, null), (change.IsPatientField, change.Old, change.New));
        var trail = JsonSerializer.Serialize(_h.Bot.Audit.ForPractice(Riverside));
        Assert.DoesNotContain("381920475566", trail);
        Assert.DoesNotContain("441029201187", trail);
    }

    [Fact]
    public void PurgeDue_ReferralWithUbrn_UbrnGoesWithTheDetailsAndTheCountsStay()
    {
        var referral = _h.Seed(Sam, EntryCategory.Referral, "Priya Shah", new DateOnly(1988, 4, 30), ubrn: "381920475566");
        var before = _h.Summary();
        _h.Bot.Time.SetUtcNow(LondonTime.StartOf(GoLiveHarness.GoLive.AddDays(90)).AddHours(3));

        new RetentionPurger(_h.Bot.Practices, _h.Bot.Entries, new AuditTrail(_h.Bot.Audit, _h.Bot.Time), _h.Bot.Time).PurgeDue(90, _ => 0);

        var after = _h.Bot.Entries.Find(referral.Id)!;
        Assert.Null(after.Ubrn);
        Assert.Null(after.Patient.Name);
        Assert.Equal(before.Counts, _h.Summary().Counts);
    }
}

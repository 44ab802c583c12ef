using System.Text.Json;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;
using CutoverBot.Core.Retention;
using static CutoverBot.Core.Tests.TestBot;

namespace CutoverBot.Core.Tests.Security;

/// <summary>
/// Entries held for someone on no practice's roster are patient data no practice oversees: their details go the
/// standard retention period after each was logged, counted and audited, and the person is told so.
/// </summary>
public sealed class HeldEntryRetentionTests : IDisposable
{
    private readonly TestBot _bot = new();

    public void Dispose() => _bot.Dispose();

    private RetentionPurger Purger() => new(_bot.Practices, _bot.Entries, new AuditTrail(_bot.Audit, _bot.Time), _bot.Time);

    private Entry Held(string text) => _bot.Log(Personal(Nobody), text);

    private void SetLondonDate(DateOnly day) => _bot.Time.SetUtcNow(LondonTime.StartOf(day).AddHours(3));

    private static DateOnly Logged => new(2026, 11, 26);

    [Fact]
    public void PurgeHeld_DayBeforeThePeriodEnds_NothingRemoved()
    {
        var entry = Held("referral Philippa Quenby 14/02/1948 UBRN 3819 2047 5566 to ENT");
        SetLondonDate(Logged.AddDays(89));

        Assert.Equal(0, Purger().PurgeHeld(90));

        Assert.Equal("Philippa Quenby", _bot.Entries.Find(entry.Id)!.Patient.Name);
    }

    [Fact]
    public void PurgeHeld_AuthorOnNoRosterWhenThePeriodEnds_DetailsAndUbrnRemovedCountedAndAudited()
    {
        var referral = Held("referral Philippa Quenby 14/02/1948 UBRN 3819 2047 5566 to ENT");
        _bot.Time.Advance(TimeSpan.FromMinutes(1));
        var call = Held("log call Tomasz Nowak 22/08/1990 wants his bloods");
        SetLondonDate(Logged.AddDays(90));

        var purged = Purger().PurgeHeld(90);

        Assert.Equal(2, purged);
        foreach (var id in new[] { referral.Id, call.Id })
        {
            var after = _bot.Entries.Find(id)!;
            Assert.False(after.Patient.HasAny);
            Assert.Null(after.Patient.Text);
            Assert.Null(after.Ubrn);
            Assert.Equal(_bot.Time.GetUtcNow(), after.PatientPurgedAt);
        }
        var records = new[] { referral.Id, call.Id }.Select(id => Assert.Single(_bot.Audit.ForEntry(id), r => r.Action == AuditAction.Purged)).ToList();
        Assert.All(records, r => Assert.Equal((AuditTrail.SystemUserId, 1), (r.UserId, r.Count)));
        Assert.All(records, r => Assert.Contains(r.Changes, c => c is { Field: "retentionDays", New: "90" }));
        Assert.DoesNotContain("Quenby", JsonSerializer.Serialize(records));
        Assert.Equal(0, Purger().PurgeHeld(90));
    }

    [Fact]
    public void PurgeHeld_AuthorNowStaffOfAPractice_KeptForFilingAtTheirNextMessage()
    {
        var entry = Held("log call Tomasz Nowak 22/08/1990 wants his bloods");
        _bot.Practices.UpsertMember(new PracticeMember { PracticeId = Hillview, UserId = Nobody.Id, Name = Nobody.Name });
        SetLondonDate(Logged.AddDays(120));

        Assert.Equal(0, Purger().PurgeHeld(90));

        _bot.Say(Personal(Nobody), "my entries");
        var filed = _bot.Entries.Find(entry.Id)!;
        Assert.Equal((Hillview, "Tomasz Nowak"), (filed.PracticeId, filed.Patient.Name));
    }

    [Fact]
    public void PurgedHeldEntry_AuthorJoinsAPracticeLater_NothingLeftToFile()
    {
        var entry = Held("log call Tomasz Nowak 22/08/1990 wants his bloods");
        SetLondonDate(Logged.AddDays(90));
        Purger().PurgeHeld(90);
        _bot.Practices.UpsertMember(new PracticeMember { PracticeId = Hillview, UserId = Nobody.Id, Name = Nobody.Name });

        var response = _bot.Say(Personal(Nobody), "my entries");

        Assert.Equal("", _bot.Entries.Find(entry.Id)!.PracticeId);
        Assert.DoesNotContain(response.Messages, m => (m.Text ?? "").Contains("I've filed", StringComparison.Ordinal));
    }

    [Fact]
    public void QuickEntry_UserOnNoRoster_ToldHowLongTheirEntriesAreKept()
    {
        var shown = _bot.Shown(_bot.Say(Personal(Nobody), "log call Tomasz Nowak"), Audience.Here);

        Assert.Contains("only you can see them", shown);
        Assert.Contains("90 days after logging one", shown);
        Assert.Contains("Type retention to see the date", shown);
    }

    [Fact]
    public void Retention_UserOnNoRosterWithHeldEntries_ToldThePeriodAndTheOldestOnesDate()
    {
        Held("log call Tomasz Nowak");
        _bot.Time.Advance(TimeSpan.FromDays(3));
        Held("log call Edna Price");

        var reply = string.Concat(_bot.Say(Personal(Nobody), "retention").Messages.Select(m => m.Text));

        Assert.Contains("kept for 90 days after you log each one", reply);
        Assert.Contains("You have 2 entries held", reply);
        Assert.Contains(UkFormat.LongDate(Logged.AddDays(90)), reply);
    }
}

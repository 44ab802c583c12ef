using System.Text.Json;
using CutoverBot.Core.Commands;
using CutoverBot.Core.Entries;
using CutoverBot.Core.GoLive;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Parsing;
using CutoverBot.Core.Retention;
using CutoverBot.Core.Tests.GoLive;
using static CutoverBot.Core.Tests.TestBot;

namespace CutoverBot.Core.Tests.Security;

/// <summary>Patient details go a set number of days after go-live; everything needed for the counts stays.</summary>
public sealed class RetentionPurgeTests : IDisposable
{
    private readonly GoLiveHarness _h = new();
    private readonly List<string> _filesRemovedFor = [];

    public void Dispose() => _h.Dispose();

    private RetentionPurger Purger() => new(_h.Bot.Practices, _h.Bot.Entries, new AuditTrail(_h.Bot.Audit, _h.Bot.Time), _h.Bot.Time);

    private IReadOnlyList<PurgeResult> Purge(int defaultDays = 90) => Purger().PurgeDue(defaultDays, id =>
    {
        _filesRemovedFor.Add(id);
        return 2;
    });

    private void SetDate(DateOnly londonDay) => _h.Bot.Time.SetUtcNow(LondonTime.StartOf(londonDay).AddHours(3));

    [Fact]
    public void PurgeDue_DayBeforeTheRetentionEnds_NothingRemoved()
    {
        var entry = _h.Call(Sam, "Margaret Evans");
        SetDate(GoLiveHarness.GoLive.AddDays(89));

        Assert.Empty(Purge());

        Assert.Equal("Margaret Evans", _h.Bot.Entries.Find(entry.Id)!.Patient.Name);
        Assert.Empty(_filesRemovedFor);
    }

    [Fact]
    public void PurgeDue_RetentionEnded_ClearsPatientDetailsKeepsReferenceKindDatesAuthorStatusAndCounts()
    {
        var pending = _h.Call(Sam, "Margaret Evans");
        var done = _h.Call(Alex, "Tomasz Nowak", EntryStatus.Reentered);
        var deleted = _h.Call(Sam, "Edna Price");
        _h.Bot.Entries.SoftDelete(deleted);
        var countsBefore = _h.Summary().Counts;
        SetDate(GoLiveHarness.GoLive.AddDays(90));

        var result = Assert.Single(Purge());

        Assert.Equal(new PurgeResult(Riverside, 3, 2, 90), result);
        foreach (var id in new[] { pending.Id, done.Id, deleted.Id })
        {
            var after = _h.Bot.Entries.Find(id)!;
            Assert.False(after.Patient.HasAny);
            Assert.Null(after.Patient.Text);
            Assert.Equal(_h.Bot.Time.GetUtcNow(), after.PatientPurgedAt);
        }
        var kept = _h.Bot.Entries.Find(done.Id)!;
        Assert.Equal(("CALL-0002", EntryCategory.Call, done.OccurredOn, Alex.Id, EntryStatus.Reentered, done.LoggedAt),
            (kept.Reference, kept.Category, kept.OccurredOn, kept.AuthorId, kept.Status, kept.LoggedAt));
        Assert.Equal(countsBefore, _h.Summary().Counts);
        Assert.Equal([Riverside], _filesRemovedFor);
    }

    [Fact]
    public void PurgeDue_RunTwice_SecondRunChangesNothingAndWritesNoRecord()
    {
        _h.Call(Sam, "Margaret Evans");
        SetDate(GoLiveHarness.GoLive.AddDays(100));
        Purge();

        var second = Purger().PurgeDue(90, _ => 0);

        Assert.Empty(second);
        Assert.Single(_h.Bot.Audit.ForPractice(Riverside), r => r.Action == AuditAction.Purged);
    }

    [Fact]
    public void PurgeDue_AuditRecordByCountsAndReferences_NoPatientValue()
    {
        _h.Call(Sam, "Margaret Evans");
        _h.Call(Sam, "Tomasz Nowak");
        SetDate(GoLiveHarness.GoLive.AddDays(90));

        Purge();

        var record = Assert.Single(_h.Bot.Audit.ForPractice(Riverside), r => r.Action == AuditAction.Purged);
        Assert.Equal(2, record.Count);
        Assert.Equal(["CALL-0001", "CALL-0002"], record.References);
        Assert.Equal(AuditTrail.SystemUserId, record.UserId);
        Assert.Contains(record.Changes, c => c is { Field: "retentionDays", New: "90" });
        var json = JsonSerializer.Serialize(record);
        Assert.DoesNotContain("Margaret", json);
        Assert.DoesNotContain("Nowak", json);
    }

    [Fact]
    public void PurgeDue_PracticeChoseLongerPeriod_WaitsForIt_OtherPracticeUsesTheDefault()
    {
        var riverside = _h.Riverside;
        riverside.RetentionDays = 120;
        _h.Bot.Practices.Upsert(riverside);
        var entry = _h.Call(Sam, "Margaret Evans");
        SetDate(GoLiveHarness.GoLive.AddDays(100));

        Assert.Empty(Purge());
        Assert.True(_h.Bot.Entries.Find(entry.Id)!.Patient.HasAny);

        SetDate(GoLiveHarness.GoLive.AddDays(120));
        Assert.Equal(120, Assert.Single(Purge()).RetentionDays);
    }

    [Fact]
    public void PurgedEntry_LookedAt_UserToldDetailsWereRemovedAfterRetention()
    {
        _h.Call(Sam, "Margaret Evans");
        SetDate(GoLiveHarness.GoLive.AddDays(90));
        Purge();

        var edit = _h.Say(Personal(Sam), "edit CALL-0001");
        var list = _h.Bot.Shown(_h.Say(Personal(Sam), "my entries"), Audience.Here);
        var view = _h.Click(Personal(Sam), ReentryViewAction.Name, new { practiceId = Riverside });

        Assert.Contains(PurgedDetails.Note, Assert.Single(edit.Messages).Text);
        Assert.Contains(PurgedDetails.Note, list);
        Assert.Contains(PurgedDetails.Note, _h.Render(view.Card!));
        Assert.DoesNotContain("Margaret", list);
    }

    [Fact]
    public void PurgedEntry_CorrectionFormSubmitted_RefusedAndNothingStored()
    {
        var entry = _h.Call(Sam, "Margaret Evans");
        SetDate(GoLiveHarness.GoLive.AddDays(90));
        Purge();

        var result = _h.Click(Personal(Sam), EntryCompleteAction.Name, new { entryId = entry.Id.ToString(), patientName = "Margaret Evans" });

        Assert.Equal(400, result.StatusCode);
        Assert.Contains(PurgedDetails.Note, result.Message);
        Assert.Null(_h.Bot.Entries.Find(entry.Id)!.Patient.Name);
    }
}

using CutoverBot.Core.Entries;
using CutoverBot.Core.Parsing;
using CutoverBot.Core.Storage;
using static CutoverBot.Core.Tests.TestBot;

namespace CutoverBot.Core.Tests.Entries;

/// <summary>
/// A quick entry, its reference, its Created record and the message's taken-in mark are one save: kept together, and
/// when that save fails the entry is still kept on its own.
/// </summary>
public sealed class EntryRecorderSaveTests : IDisposable
{
    private readonly TestBot _bot = new();

    public void Dispose() => _bot.Dispose();

    private EntryRecorder Recorder() => new(_bot.Entries, _bot.Audit, new ReferenceCounterStore(_bot.Db), _bot.Time);

    private static ParsedEntry Call() => EntryParser.Parse("log call Margaret Evans 14/02/1948 wants her bloods", new DateOnly(2026, 3, 10))!;

    [Fact]
    public void Record_SavesTheEntryWithItsReferenceCreatedRecordAndMarkTogether()
    {
        var marks = 0;

        var entry = Recorder().Record(Call(), Sam, Riverside, inChannel: false, alongside: () => marks++);

        var stored = _bot.Entries.Find(entry.Id)!;
        Assert.Equal("CALL-0001", stored.Reference);
        Assert.Equal("Margaret Evans", stored.Patient.Name);
        var created = Assert.Single(_bot.Audit.ForEntry(entry.Id));
        Assert.Equal((AuditAction.Created, "CALL-0001"), (created.Action, created.Reference));
        Assert.Equal(1, marks);
    }

    [Fact]
    public void Record_WhenThePartsAfterTheEntryFail_KeepsNothingOfThatSaveThenSavesTheEntryOnItsOwn()
    {
        var calls = 0;
        // The first mark fails inside the one-transaction save; the fallback saves the entry first and marks again.
        void Mark()
        {
            if (++calls == 1) throw new IOException("disk hiccup");
        }

        var entry = Recorder().Record(Call(), Sam, Riverside, inChannel: false, alongside: Mark);

        Assert.Equal(2, calls);
        var stored = Assert.Single(_bot.Entries.ForPractice(Riverside));
        Assert.Equal(entry.Id, stored.Id);
        // The failed save drew CALL-0001 and was rolled back with it: no gap, no second copy.
        Assert.Equal("CALL-0001", stored.Reference);
        Assert.Single(_bot.Audit.ForEntry(entry.Id));
        Assert.Equal("CALL-0002", Recorder().Record(Call(), Sam, Riverside, inChannel: false).Reference);
    }

    [Fact]
    public void Record_WhenEvenTheFallbackCannotFinish_TheEntryIsStillSaved()
    {
        Assert.Throws<IOException>(() => Recorder().Record(Call(), Sam, Riverside, inChannel: false, alongside: () => throw new IOException("disk gone")));

        var stored = Assert.Single(_bot.Entries.ForPractice(Riverside));
        Assert.Equal("Margaret Evans", stored.Patient.Name);
        Assert.Equal("CALL-0001", stored.Reference);
    }

    [Fact]
    public void Record_HeldEntry_IsSavedWithoutReferenceInTheSameWay()
    {
        var entry = Recorder().Record(Call(), Nobody, "", inChannel: false, alongside: () => { });

        var stored = _bot.Entries.Find(entry.Id)!;
        Assert.Equal(("", ""), (stored.PracticeId, stored.Reference));
        Assert.Single(_bot.Audit.ForEntry(entry.Id));
    }
}

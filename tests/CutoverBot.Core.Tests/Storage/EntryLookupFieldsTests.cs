using CutoverBot.Core.Checklist;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Parsing;
using CutoverBot.Core.Storage;
using CutoverBot.Core.Storage.Encryption;
using LiteDB;

namespace CutoverBot.Core.Tests.Storage;

/// <summary>
/// The lookup fields stored beside each entry (practice and state, which details are present) answer
/// the morning cards' counts without opening every entry; a database written before they existed still counts right.
/// </summary>
public sealed class EntryLookupFieldsTests : IDisposable
{
    private const string Riverside = "19:riverside";
    private static readonly DateOnly Monday = new(2026, 3, 2);
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"cutover-lookup-{Guid.NewGuid():N}.db");
    private readonly KeyRing _keys = new(DataKey.Generate());

    public void Dispose()
    {
        File.Delete(_path);
        File.Delete(Path.ChangeExtension(_path, null) + "-log.db");
    }

    private static Entry Call(string practiceId, string? name, EntryStatus status = EntryStatus.Pending, bool deleted = false) => new()
    {
        PracticeId = practiceId,
        Reference = "CALL-" + Guid.NewGuid().ToString("N")[..4],
        Category = EntryCategory.Call,
        Patient = new PatientDetails { Name = name, DateOfBirth = name is null ? null : new DateOnly(1950, 1, 1) },
        OccurredOn = Monday,
        LoggedAt = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero),
        Status = status,
        Deleted = deleted,
    };

    [Fact]
    public void Counts_PendingAndLoggedOn_IgnoreOtherPracticesDeletedAndOtherStatuses()
    {
        using var db = new CutoverDatabase(":memory:", _keys);
        var store = new EntryStore(db);
        store.Insert(Call(Riverside, "Ann Example"));
        store.Insert(Call(Riverside, null));
        store.Insert(Call(Riverside, "Bo Example", EntryStatus.Reentered));
        store.Insert(Call(Riverside, "Cy Example", deleted: true));
        store.Insert(Call("19:hillside", "Di Example"));
        var activity = new EntryActivity(new EntryStore(db));

        Assert.Equal(2, activity.Pending(Riverside));
        Assert.Equal(3, Assert.Single(activity.LoggedOn(Riverside, Monday)).Count);
        Assert.Empty(activity.LoggedOn(Riverside, Monday.AddDays(-1)));
        Assert.Equal(1, activity.MissingDetails(Riverside));
    }

    [Fact]
    public void Update_StatusDeletedOrDetailsChange_CountsFollow()
    {
        using var db = new CutoverDatabase(":memory:", _keys);
        var store = new EntryStore(db);
        var done = Call(Riverside, "Ann Example");
        var incomplete = Call(Riverside, null);
        store.Insert(done);
        store.Insert(incomplete);
        var activity = new EntryActivity(new EntryStore(db));

        done.Status = EntryStatus.Reentered;
        store.Update(done);
        incomplete.Patient.Name = "Now Named";
        incomplete.Patient.DateOfBirth = new DateOnly(1960, 5, 5);
        store.Update(incomplete);

        Assert.Equal(1, activity.Pending(Riverside));
        Assert.Equal(0, activity.MissingDetails(Riverside));
        store.SoftDelete(incomplete);
        Assert.Equal(0, activity.Pending(Riverside));
        Assert.Single(store.OutlinesForPractice(Riverside));
    }

    [Fact]
    public void Open_EntriesSavedBeforeLookupFields_CountedAndMissingDetailsStillFound()
    {
        using (var db = new CutoverDatabase(_path, _keys))
        {
            var store = new EntryStore(db);
            store.Insert(Call(Riverside, "Ann Example"));
            store.Insert(Call(Riverside, null));
            store.Insert(Call(Riverside, "Bo Example", deleted: true));
            // As an older version wrote them: none of the lookup fields.
            var raw = db.Database.GetCollection("entries");
            foreach (var doc in raw.FindAll().ToList())
            {
                foreach (var field in new[] { "PracticeState", "HasName", "HasDateOfBirth", "HasNhsNumber" }) doc.Remove(field);
                raw.Update(doc);
            }
        }

        using var reopened = new CutoverDatabase(_path, _keys);
        var activity = new EntryActivity(new EntryStore(reopened));

        Assert.Equal(2, activity.Pending(Riverside));
        Assert.Equal(2, Assert.Single(activity.LoggedOn(Riverside, Monday)).Count);
        Assert.Equal(1, activity.MissingDetails(Riverside));
        Assert.Equal([RequiredFields.None, RequiredFields.PatientName | RequiredFields.DateOfBirth],
            new EntryStore(reopened).OutlinesForPractice(Riverside).Select(o => o.Missing).Order());
    }

    [Fact]
    public void Insert_Entry_PresenceFlagsSayWhatIsThereNotWhatItIs()
    {
        using var db = new CutoverDatabase(":memory:", _keys);
        var entry = Call(Riverside, "Ann Example");
        entry.Patient.NhsNumber = "9434765919";
        new EntryStore(db).Insert(entry);

        var doc = db.Database.GetCollection("entries").FindById(entry.Id);

        Assert.True(doc["HasName"].AsBoolean);
        Assert.True(doc["HasDateOfBirth"].AsBoolean);
        Assert.True(doc["HasNhsNumber"].AsBoolean);
        Assert.DoesNotContain(doc.Values, v => v.IsString && (v.AsString.Contains("Ann", StringComparison.Ordinal) || v.AsString.Contains("9434765919", StringComparison.Ordinal)));
    }
}

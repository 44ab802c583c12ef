using CutoverBot.Core.Entries;
using CutoverBot.Core.Storage;

namespace CutoverBot.Core.Tests.Storage;

public sealed class StorageTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"cutover-{Guid.NewGuid():N}.db");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void EntryStore_DatesOffsetsAndEmptyValues_RoundTripThroughAFile()
    {
        var entry = new Entry
        {
            Patient = new PatientDetails { DateOfBirth = new DateOnly(1948, 2, 14), Text = "  spaced  " },
            OccurredOn = null,
            LoggedAt = new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.FromHours(1)),
            ReenteredAt = new DateTimeOffset(2026, 7, 2, 8, 0, 0, TimeSpan.Zero),
        };
        using (var db = new CutoverDatabase(_path)) new EntryStore(db).Insert(entry);

        using var reopened = new CutoverDatabase(_path);
        var stored = new EntryStore(reopened).Find(entry.Id)!;

        Assert.Equal(new DateOnly(1948, 2, 14), stored.Patient.DateOfBirth);
        Assert.Null(stored.OccurredOn);
        Assert.Null(stored.Patient.Name);
        Assert.Equal(entry.LoggedAt, stored.LoggedAt);
        Assert.Equal(entry.ReenteredAt, stored.ReenteredAt);
        Assert.Equal("", stored.PracticeId);
        Assert.Equal("  spaced  ", stored.Patient.Text);
    }

    [Fact]
    public void EntryStore_FindByReference_IgnoresCaseAndStaysInThePractice()
    {
        using var db = new CutoverDatabase(":memory:");
        var store = new EntryStore(db);
        store.Insert(new Entry { PracticeId = "a", Reference = "CALL-0007" });

        Assert.NotNull(store.FindByReference("a", "call-0007"));
        Assert.Null(store.FindByReference("b", "CALL-0007"));
    }
}

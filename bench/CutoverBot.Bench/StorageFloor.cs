using System.Diagnostics;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Parsing;
using CutoverBot.Core.Storage;
using LiteDB;

namespace CutoverBot.Bench;

/// <summary>
/// What a quick entry costs below the SDK, in this process on one thread, against a database file with the entries
/// already stored: parsing it, the whole save (entry with its reference, Created record, sealing, one transaction),
/// and for scale a LiteDB insert of a small document into a collection with no secondary index. These are the costs
/// no change to the bot's turn can remove, set beside the SDK's own floor in the report.
/// </summary>
internal static class StorageFloor
{
    public sealed record Figure(string What, double CpuMicroseconds, long BytesAllocated);

    public static IReadOnlyList<Figure> Measure(string databasePath, int count)
    {
        using var db = new CutoverDatabase(databasePath, BenchKey.Ring);
        var entries = new EntryStore(db);
        var recorder = new EntryRecorder(entries, new AuditStore(db), new ReferenceCounterStore(db), TimeProvider.System);
        var author = new ChatUser(Seeder.StaffId(0, 0), "Bench Staff");
        var today = DateOnly.FromDateTime(DateTime.Today);
        var plain = db.Database.GetCollection("bench_plain");
        static string Text(int n) => $"log call Bench Patient{n % 997} {1 + n % 28}/{1 + n % 12}/19{40 + n % 60} asked for blood results";
        return
        [
            Time("parse a quick entry", count, i => EntryParser.Parse(Text(i), today)),
            Time("save it (entry, reference, Created record; one transaction)", count,
                i => recorder.Record(EntryParser.Parse(Text(i), today)!, author, Seeder.TeamId(0), inChannel: false)),
            Time("LiteDB insert of a 2-field document, no secondary index", count,
                i => plain.Insert(new BsonDocument { ["n"] = i, ["text"] = "x" })),
        ];
    }

    private static Figure Time(string what, int count, Action<int> action)
    {
        for (var i = 0; i < Math.Min(count, 500); i++) action(1_000_000 + i);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < count; i++) action(i);
        return new Figure(what, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds * 1000 / count,
            (GC.GetAllocatedBytesForCurrentThread() - bytes) / count);
    }
}

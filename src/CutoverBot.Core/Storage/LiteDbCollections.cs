using CutoverBot.Core.Entries;
using LiteDB;

namespace CutoverBot.Core.Storage;

/// <summary>
/// Every collection the stores use, made when the database is opened. LiteDB 5.0.21 has two races in creating a
/// collection while other threads use the database (litedb-org/LiteDB#2792, #2891): a reader of the collection being
/// created can read an empty page ("page type must be collection page") and LiteDB then closes the whole database, so
/// every later save fails until the bot restarts. A collection that exists before the first turn is never created
/// under load. A store that adds a collection adds its name here (a host test fails otherwise).
/// </summary>
public static class LiteDbCollections
{
    public static readonly IReadOnlyList<string> All =
    [
        EntryStore.Collection, AuditStore.Collection, "reference_counters", "processed_activities", "message_sources",
        "practices", "members", "users",
        "checklist_ticks", "checklist_tick_audit",
        "morning_posts", "morning_plans",
        "entry_posts", "golive_posts", "progressShares", "welcomes", "graph_notices", "pending_files", "outbox",
    ];

    // The placeholder's id is a string no store uses, so no auto-id sequence is touched and no reader ever sees it
    // (it is removed in the transaction that creates the collection).
    private const string Placeholder = "__created-at-open";

    /// <summary>Creates those of <see cref="All"/> the file does not hold yet; one transaction, before any turn runs.</summary>
    internal static void CreateMissing(CutoverDatabase db)
    {
        var missing = All.Except(db.Database.GetCollectionNames(), StringComparer.OrdinalIgnoreCase).ToList();
        if (missing.Count == 0) return;
        db.InTransaction(() =>
        {
            foreach (var name in missing)
            {
                var collection = db.Database.GetCollection(name);
                collection.Insert(new BsonDocument { ["_id"] = Placeholder });
                collection.Delete(Placeholder);
            }
        });
    }
}

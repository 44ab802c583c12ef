using LiteDB;
using static CutoverBot.Core.Entries.PostgreSql.Copy.BsonFields;

namespace CutoverBot.Core.Entries.PostgreSql.Copy;

/// <summary>
/// Every record a practice's work depends on besides entries and the entries' audit trail, as LiteDB collection →
/// PostgreSQL table (migrations 0001 and 0003–0005). Collections and fields are named as the stores name them; the
/// copy reads them as documents, so it needs none of the features' types. Not copied: the outbox (replies a turn could
/// not deliver in time: counted in the report, so whoever migrates knows of any left) and the taken-in message ids
/// (kept two days so a redelivery is recognised; a copy is made with the bot stopped, and Teams gives up long before).
/// </summary>
internal static class CopiedTables
{
    public static readonly CopiedTable[] All =
    [
        Keyed("practices", "practices", "practices", d => $"practice {Key(d)}", d => Key(d),
            Col("ods_code", d => TextOrNull(d, "OdsCode")), Col("name", d => Text(d, "Name")), Col("active", d => Flag(d, "Active"))),
        Keyed("roster lines", "members", "practice_members", d => $"roster line {Key(d)}", d => Text(d, "PracticeId"),
            Col("practice_id", d => Text(d, "PracticeId")), Col("user_id", d => Text(d, "UserId")),
            Col("aad_object_id", d => TextOrNull(d, "AadObjectId")), Col("is_guest", d => Flag(d, "IsGuest"))),
        Keyed("users", "users", "chat_users", d => $"user {Key(d)}", _ => null, Col("aad_object_id", d => TextOrNull(d, "AadObjectId"))),
        new("reference counters", "reference_counters", "reference_counters", ["practice_id", "prefix"],
            [Col("practice_id", d => CounterPractice(d)), Col("prefix", d => CounterPrefix(d)), Col("value", d => Number(d, "Value"))],
            d => $"the {CounterPrefix(d)} references of practice {CounterPractice(d)} (at another number)", CounterPractice),
        Keyed("checklist ticks", "checklist_ticks", "checklist_ticks", d => $"checklist tick {Key(d)}", d => Text(d, "PracticeId"),
            Col("practice_id", d => Text(d, "PracticeId"))),
        new("checklist tick history", "checklist_tick_audit", "checklist_tick_audit", ["id"],
            [Col("id", d => d["_id"].AsGuid), Col("practice_id", d => Text(d, "PracticeId")), Col("at", d => Instant(d, "At")), Col("document", WithoutId)],
            d => $"checklist tick record {d["_id"].AsGuid} of practice {Text(d, "PracticeId")}", d => Text(d, "PracticeId")),
        Keyed("morning posts", "morning_posts", "morning_posts", d => $"morning post {Key(d)}", d => Text(d, "PracticeId"),
            Col("practice_id", d => Text(d, "PracticeId")), Col("kind", d => Text(d, "Kind")), Col("date", d => Date(d, "Date")),
            Col("status", d => Text(d, "Status")), Col("retry_at", d => Instant(d, "RetryAt")), Col("superseded_at", d => Instant(d, "SupersededAt"))),
        new("planned mornings", "morning_plans", "morning_plans", ["practice_id", "date"],
            [Col("practice_id", d => Text(d, "PracticeId")), Col("date", d => Date(d, "Date")), Col("settings", d => Text(d, "Settings")), Col("planned_at", d => Instant(d, "PlannedAt"))],
            d => $"the planned morning {Key(d)}", d => Text(d, "PracticeId")),
        Keyed("message sources", "message_sources", "message_sources", d => $"message source {Key(d)}", d => Text(d, "PracticeId"),
            Col("entry_id", d => Id(d, "EntryId"))),
        Keyed("progress shares", "progressShares", "progress_shares", d => $"progress share {Key(d)}", d => Text(d, "PracticeId"),
            Col("practice_id", d => Text(d, "PracticeId")), Col("team_id", d => Text(d, "TeamId")), Col("shared_at", d => Instant(d, "SharedAt"))),
        Flat("welcomes", "welcomes", "welcomes", "id", d => $"welcome {Key(d)}", _ => null,
            Col("claimed_by", d => TextOrNull(d, "ClaimedBy")), Col("claimed_at", d => Instant(d, "ClaimedAt")), Col("attempts", d => Number(d, "Attempts")),
            Col("text_sent_at", d => Instant(d, "TextSentAt")), Col("card_sent_at", d => Instant(d, "CardSentAt")), Col("completed_at", d => Instant(d, "CompletedAt"))),
        Flat("entry cards posted", "entry_posts", "entry_posts", "id", d => $"posted entry card {Key(d)}", _ => null,
            Col("entry_id", d => Id(d, "EntryId")), Col("conversation_id", d => Text(d, "ConversationId")), Col("activity_id", d => Text(d, "ActivityId")),
            Col("shared", d => Flag(d, "Shared")), Col("posted_at", d => Instant(d, "PostedAt")), Col("card_hash", d => TextOrNull(d, "CardHash"))),
        Flat("go-live cards posted", "golive_posts", "golive_posts", "id", d => $"posted go-live card {Key(d)}", d => Text(d, "PracticeId"),
            Col("practice_id", d => Text(d, "PracticeId")), Col("conversation_id", d => Text(d, "ConversationId")), Col("activity_id", d => Text(d, "ActivityId")),
            Col("posted_at", d => Instant(d, "PostedAt")), Col("card_hash", d => TextOrNull(d, "CardHash"))),
        Flat("Graph notices", "graph_notices", "graph_notices", "practice_id", d => $"the Graph notice of practice {Key(d)}", d => Key(d),
            Col("given_at", d => Instant(d, "GivenAt"))),
        // Files offered in personal chat and not yet consented to: their content stays sealed exactly as LiteDB holds it.
        Flat("files waiting for consent", "pending_files", "pending_files", "id", d => $"file waiting for consent {Key(d)}", d => TextOrNull(d, "PracticeId") as string,
            Col("user_id", d => Text(d, "UserId")), Col("practice_id", d => TextOrNull(d, "PracticeId")), Col("file_name", d => Text(d, "FileName")),
            Col("content_type", d => Text(d, "ContentType")), Col("content", d => d["Content"].IsBinary ? d["Content"].AsBinary : Array.Empty<byte>()),
            Col("offered_at", d => Instant(d, "OfferedAt")), Col("expires_at", d => Instant(d, "ExpiresAt"))),
    ];

    // A record kept as its document: the id column, the columns the queries filter by, and the document itself.
    private static CopiedTable Keyed(string kind, string collection, string table, Func<BsonDocument, string> describe, Func<BsonDocument, string?> practice, params CopiedColumn[] columns) =>
        new(kind, collection, table, ["id"], [Col("id", Key), .. columns, Col("document", WithoutId)], describe, practice);

    // A host record kept as columns only (migration 0004), keyed by its LiteDB id.
    private static CopiedTable Flat(string kind, string collection, string table, string key, Func<BsonDocument, string> describe, Func<BsonDocument, string?> practice, params CopiedColumn[] columns) =>
        new(kind, collection, table, [key], [Col(key, Key), .. columns], describe, practice);

    private static CopiedColumn Col(string name, Func<BsonDocument, object?> value) => new(name, value);

    private static string Key(BsonDocument doc) => doc["_id"].IsString ? doc["_id"].AsString : doc["_id"].ToString();

    // A counter's id is practice id | prefix.
    private static string CounterPractice(BsonDocument doc) => Key(doc)[..Math.Max(0, Key(doc).LastIndexOf('|'))];

    private static string CounterPrefix(BsonDocument doc) => Key(doc)[(Key(doc).LastIndexOf('|') + 1)..];
}

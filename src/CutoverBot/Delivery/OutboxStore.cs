using System.Collections.Concurrent;
using System.Text;
using CutoverBot.Core.Storage;
using LiteDB;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace CutoverBot.Delivery;

/// <summary>
/// Replies waiting for the Bot Connector, in the bot's database so a restart does not lose them. Keeps a count of
/// waiting rows per conversation in memory, so a turn can tell at no cost whether its reply must queue behind them.
/// </summary>
internal sealed class OutboxStore
{
    private readonly CutoverDatabase _db;
    private readonly ILiteCollection<OutboxMessage> _rows;
    private readonly ConcurrentDictionary<string, int> _pending = new(StringComparer.Ordinal);

    public OutboxStore(CutoverDatabase db)
    {
        _db = db;
        _rows = db.Collection<OutboxMessage>("outbox");
        _rows.EnsureIndex(m => m.ConversationId);
        foreach (var row in _rows.FindAll().ToList())
        {
            // A hold belongs to a turn of the process that stopped; nothing is left to settle it.
            if (row.Held)
            {
                row.Held = false;
                _rows.Update(row);
            }
            _pending.AddOrUpdate(row.ConversationId, 1, (_, n) => n + 1);
        }
    }

    /// <summary>Raised after a row is added or released, so the deliverer can look at once.</summary>
    public event Action? Changed;

    public int Count => _pending.Values.Sum();

    public bool HasPending(string conversationId) => _pending.TryGetValue(conversationId, out var n) && n > 0;

    public long Add(Activity activity, string tenantId, bool held, DateTimeOffset now, string? tag = null)
    {
        var row = new OutboxMessage
        {
            ConversationId = activity.Conversation.Id,
            ServiceUrl = activity.ServiceUrl,
            TenantId = tenantId,
            Payload = _db.Protect(Serialize(activity)),
            QueuedAt = now,
            Held = held,
            Tag = tag,
        };
        // Counted before the insert: a turn that checks between the two must already queue behind this row.
        _pending.AddOrUpdate(row.ConversationId, 1, (_, n) => n + 1);
        _rows.Insert(row);
        if (!held) Changed?.Invoke();
        return row.Id;
    }

    /// <summary>The turn's own send failed: the row is now the deliverer's.</summary>
    public void Release(long id)
    {
        if (_rows.FindById(id) is not { } row) return;
        row.Held = false;
        _rows.Update(row);
        Changed?.Invoke();
    }

    public void Remove(OutboxMessage row) => Remove(row.Id, row.ConversationId);

    public void Remove(long id)
    {
        if (_rows.FindById(id) is { } row) Remove(id, row.ConversationId);
    }

    /// <summary>The tag a row was queued with, read before the row is removed; null when it has none or is gone.</summary>
    public string? TagOf(long id) => _rows.FindById(id)?.Tag;

    public void RecordAttempt(OutboxMessage row)
    {
        row.Attempts++;
        _rows.Update(row);
    }

    /// <summary>
    /// The oldest row of each conversation, when it is not held: the only rows that may be delivered now, so replies
    /// arrive in the order they were written.
    /// </summary>
    public IReadOnlyList<OutboxMessage> Heads()
    {
        if (_pending.IsEmpty || Count == 0) return [];
        var heads = new Dictionary<string, OutboxMessage>(StringComparer.Ordinal);
        foreach (var row in _rows.Query().OrderBy(m => m.Id).ToEnumerable())
        {
            heads.TryAdd(row.ConversationId, row);
        }
        return heads.Values.Where(r => !r.Held).OrderBy(r => r.Id).ToList();
    }

    public Activity Open(OutboxMessage row)
    {
        var json = Encoding.UTF8.GetString(_db.Unprotect(row.Payload));
        using var reader = new JsonTextReader(new StringReader(json));
        return HttpHelper.BotMessageSerializer.Deserialize<Activity>(reader)
            ?? throw new InvalidDataException("A queued reply did not hold an activity.");
    }

    private void Remove(long id, string conversationId)
    {
        if (!_rows.Delete(id)) return;
        _pending.AddOrUpdate(conversationId, 0, (_, n) => Math.Max(0, n - 1));
        if (_pending.TryGetValue(conversationId, out var left) && left == 0) _pending.TryRemove(new KeyValuePair<string, int>(conversationId, 0));
    }

    private static byte[] Serialize(Activity activity)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        HttpHelper.BotMessageSerializer.Serialize(writer, activity);
        return Encoding.UTF8.GetBytes(writer.ToString());
    }
}

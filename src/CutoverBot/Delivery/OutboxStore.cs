using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using CutoverBot.Core.Storage;
using LiteDB;
using Microsoft.Bot.Schema;

namespace CutoverBot.Delivery;

/// <summary>
/// The outbox in the LiteDB file. One process holds the file, so a hold is <see cref="OutboxMessage.Held"/> and the
/// holds of a process that stopped are let go when the database is next opened. Keeps a count of waiting rows per
/// conversation in memory, so a turn can tell at no cost whether its reply must queue behind them.
/// </summary>
internal sealed class OutboxStore : IOutboxStore
{
    // What one opening of the database (the process) knows, shared by every store over it.
    private static readonly ConditionalWeakTable<CutoverDatabase, Opening> Openings = new();
    private readonly CutoverDatabase _db;
    private readonly ILiteCollection<OutboxMessage> _rows;
    private readonly Opening _opening;

    public OutboxStore(CutoverDatabase db)
    {
        _db = db;
        _rows = db.Collection<OutboxMessage>("outbox");
        _rows.EnsureIndex(m => m.ConversationId);
        _opening = Openings.GetValue(db, _ => new Opening(_rows));
    }

    public event Action? Changed;

    private ConcurrentDictionary<string, int> Pending => _opening.Pending;

    public int Count => Pending.Values.Sum();

    // Only this process writes the file, and every row it adds or releases wakes its deliverer.
    public TimeSpan IdleLook => TimeSpan.FromMinutes(5);

    public bool HasPending(string conversationId) => Pending.TryGetValue(conversationId, out var n) && n > 0;

    public long Add(Activity activity, string tenantId, bool held, DateTimeOffset now, string? tag = null)
    {
        var row = new OutboxMessage
        {
            ConversationId = activity.Conversation.Id,
            ServiceUrl = activity.ServiceUrl,
            TenantId = tenantId,
            Payload = _db.Protect(OutboxPayload.Serialize(activity)),
            QueuedAt = now,
            Held = held,
            Tag = tag,
        };
        // Counted before the insert: a turn that checks between the two must already queue behind this row.
        Pending.AddOrUpdate(row.ConversationId, 1, (_, n) => n + 1);
        _rows.Insert(row);
        if (!held) Changed?.Invoke();
        return row.Id;
    }

    public void Release(long id)
    {
        lock (_opening.Lock)
        {
            if (_rows.FindById(id) is not { } row) return;
            row.Held = false;
            _rows.Update(row);
        }
        Changed?.Invoke();
    }

    public bool TryClaim(OutboxMessage row)
    {
        lock (_opening.Lock)
        {
            if (_rows.FindById(row.Id) is not { Held: false } current) return false;
            if (_rows.Exists(m => m.ConversationId == row.ConversationId && m.Id < row.Id)) return false;
            current.Held = true;
            _rows.Update(current);
            row.Held = true;
            row.Attempts = current.Attempts;
            return true;
        }
    }

    public void Remove(OutboxMessage row) => Remove(row.Id, row.ConversationId);

    public void Remove(long id)
    {
        if (_rows.FindById(id) is { } row) Remove(id, row.ConversationId);
    }

    public string? TagOf(long id) => _rows.FindById(id)?.Tag;

    public void RecordAttempt(OutboxMessage row)
    {
        row.Attempts++;
        _rows.Update(row);
    }

    public IReadOnlyList<OutboxMessage> Heads()
    {
        if (Pending.IsEmpty || Count == 0) return [];
        var heads = new Dictionary<string, OutboxMessage>(StringComparer.Ordinal);
        foreach (var row in _rows.Query().OrderBy(m => m.Id).ToEnumerable())
        {
            heads.TryAdd(row.ConversationId, row);
        }
        return heads.Values.Where(r => !r.Held).OrderBy(r => r.Id).ToList();
    }

    public Activity Open(OutboxMessage row) => OutboxPayload.Deserialize(_db.Unprotect(row.Payload));

    private void Remove(long id, string conversationId)
    {
        if (!_rows.Delete(id)) return;
        Pending.AddOrUpdate(conversationId, 0, (_, n) => Math.Max(0, n - 1));
        if (Pending.TryGetValue(conversationId, out var left) && left == 0) Pending.TryRemove(new KeyValuePair<string, int>(conversationId, 0));
    }

    private sealed class Opening
    {
        public Opening(ILiteCollection<OutboxMessage> rows)
        {
            foreach (var row in rows.FindAll().ToList())
            {
                // A hold belongs to a sender of the process that stopped; nothing is left to settle it.
                if (row.Held)
                {
                    row.Held = false;
                    rows.Update(row);
                }
                Pending.AddOrUpdate(row.ConversationId, 1, (_, n) => n + 1);
            }
        }

        public ConcurrentDictionary<string, int> Pending { get; } = new(StringComparer.Ordinal);

        // Claiming and releasing are read-then-update; the lock makes each one step within the process.
        public Lock Lock { get; } = new();
    }
}

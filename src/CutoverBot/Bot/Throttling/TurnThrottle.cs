using Microsoft.Extensions.Options;

namespace CutoverBot.Bot.Throttling;

/// <summary>
/// One token bucket per user and one per conversation. A turn needs a token from both; when either is empty neither
/// is taken, so a user who is being held back does not also use up the allowance of the channel they flood, and the
/// rest of the practice keeps being answered there.
/// </summary>
internal sealed class TurnThrottle(IOptions<ThrottlingOptions> options, TimeProvider time)
{
    // Buckets are only made for authenticated senders; idle (full) ones are forgotten past this many.
    private const int SweepAbove = 10_000;
    private static readonly TimeSpan NoticeInterval = TimeSpan.FromMinutes(1);

    private readonly ThrottlingOptions _options = options.Value;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, TokenBucket> _users = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TokenBucket> _conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _noticeGiven = new(StringComparer.Ordinal);

    public bool Enabled => _options.Enabled;

    public ThrottleVerdict TryAcquire(string userKey, string conversationKey)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            var user = BucketFor(_users, userKey, _options.PerUserPerMinute, now);
            if (!user.HasToken(now)) return ThrottleVerdict.UserOverLimit;
            var conversation = BucketFor(_conversations, conversationKey, _options.PerConversationPerMinute, now);
            if (!conversation.HasToken(now)) return ThrottleVerdict.ConversationOverLimit;
            user.Take();
            conversation.Take();
            return ThrottleVerdict.Allowed;
        }
    }

    /// <summary>True the first time in a minute a held-back user is due the "slowing down" notice.</summary>
    public bool ClaimNotice(string userKey)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            if (_noticeGiven.TryGetValue(userKey, out var given) && now - given < NoticeInterval) return false;
            _noticeGiven[userKey] = now;
            return true;
        }
    }

    private TokenBucket BucketFor(Dictionary<string, TokenBucket> buckets, string key, int perMinute, DateTimeOffset now)
    {
        if (buckets.TryGetValue(key, out var bucket)) return bucket;
        if (buckets.Count >= SweepAbove) Sweep(buckets, now);
        return buckets[key] = new TokenBucket(perMinute, now);
    }

    private void Sweep(Dictionary<string, TokenBucket> buckets, DateTimeOffset now)
    {
        foreach (var (key, bucket) in buckets.ToList())
            if (bucket.IsFull(now)) buckets.Remove(key);
        foreach (var (key, given) in _noticeGiven.ToList())
            if (now - given >= NoticeInterval) _noticeGiven.Remove(key);
    }
}

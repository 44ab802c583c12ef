namespace CutoverBot.Core.Storage.Encryption;

/// <summary>
/// The key new records are sealed with (<see cref="Current"/>) and the older keys still needed to open records sealed
/// before a rotation, found by the key id each record carries.
/// </summary>
public sealed class KeyRing
{
    private readonly Dictionary<string, DataKey> _byId;

    public KeyRing(DataKey current, IEnumerable<DataKey>? previous = null)
    {
        ArgumentNullException.ThrowIfNull(current);
        Current = current;
        _byId = new Dictionary<string, DataKey>(StringComparer.Ordinal) { [current.Id] = current };
        foreach (var key in previous ?? []) _byId.TryAdd(key.Id, key);
    }

    /// <summary>
    /// A random key for this process only, for tests and in-memory databases. Anything sealed with it is unreadable once
    /// the process ends, so the host never uses it for a database file (it loads the key from configuration).
    /// </summary>
    public static KeyRing Ephemeral { get; } = new(DataKey.Generate());

    public DataKey Current { get; }

    /// <summary>Every key, the current one first.</summary>
    public IReadOnlyList<DataKey> All => [Current, .. _byId.Values.Where(k => k != Current)];

    /// <summary>The key with this id, or null when it is not in the ring.</summary>
    public DataKey? Find(string keyId) => _byId.GetValueOrDefault(keyId);
}

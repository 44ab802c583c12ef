using System.Security.Cryptography;
using System.Text;

namespace CutoverBot.Core.Storage.Encryption;

/// <summary>
/// One 32-byte master key and the keys derived from it: one for AES-GCM, one for the blind index, and a short id that
/// is stored beside every sealed record so the right key can be found after a rotation. Deriving separate keys keeps
/// the blind index (a deterministic HMAC) from ever using the encryption key.
/// </summary>
public sealed class DataKey
{
    public const int Length = 32;

    private readonly byte[] _master;

    private DataKey(byte[] master)
    {
        _master = master;
        EncryptionKey = Derive(master, "CutoverBot aes-gcm v1", 32);
        IndexKey = Derive(master, "CutoverBot blind-index v1", 32);
        Id = Convert.ToHexStringLower(Derive(master, "CutoverBot key-id v1", 4));
    }

    /// <summary>Eight hex characters, a fingerprint of the key: it names the key without revealing it.</summary>
    public string Id { get; }

    internal byte[] EncryptionKey { get; }

    internal byte[] IndexKey { get; }

    public static DataKey Generate() => new(RandomNumberGenerator.GetBytes(Length));

    /// <summary>Reads a key written as base64 of 32 bytes; the error never repeats the value, which is a secret.</summary>
    public static bool TryParse(string? base64, out DataKey? key, out string? error)
    {
        key = null;
        error = null;
        var text = base64?.Trim() ?? "";
        if (text.Length == 0)
        {
            error = "is empty";
            return false;
        }
        var buffer = new byte[(text.Length * 3 / 4) + 3];
        if (!Convert.TryFromBase64String(text, buffer, out var written))
        {
            error = "is not base64";
            return false;
        }
        if (written != Length)
        {
            error = $"is {written} bytes long once decoded; it must be {Length} (generate one with: openssl rand -base64 32)";
            return false;
        }
        key = new DataKey(buffer[..Length]);
        return true;
    }

    /// <summary>The key as base64, for the development key file only.</summary>
    public string ToBase64() => Convert.ToBase64String(_master);

    private static byte[] Derive(byte[] master, string label, int length) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, master, length, salt: [], info: Encoding.UTF8.GetBytes(label));

    // A key must never reach a log through an interpolation.
    public override string ToString() => $"[key {Id}]";
}

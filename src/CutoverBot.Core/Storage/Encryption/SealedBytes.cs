using System.Text;

namespace CutoverBot.Core.Storage.Encryption;

/// <summary>
/// The stored form of <see cref="CutoverDatabase.Protect"/>: "CBS" and a format version byte (1), the key id's length
/// (one byte) and its ASCII characters, the 12-byte nonce, then the ciphertext and its 16-byte tag. The header up to the
/// key id is also the associated data, so the version and key id cannot be swapped without the tag failing.
/// </summary>
internal static class SealedBytes
{
    private const string Kind = "sealed bytes";
    private static readonly byte[] Magic = "CBS"u8.ToArray();
    private const byte Version = 1;

    public static byte[] Seal(DataKey key, ReadOnlySpan<byte> plaintext)
    {
        var header = Header(key.Id);
        var (nonce, cipher) = RecordCipher.Seal(key, plaintext, Kind, Convert.ToBase64String(header));
        return [.. header, .. nonce, .. cipher];
    }

    public static byte[] Open(KeyRing keys, ReadOnlySpan<byte> sealedBytes)
    {
        if (!TryReadKeyId(sealedBytes, out var keyId, out var headerLength))
            throw new SealedDataException("Stored sealed bytes are not in a format this version of CutoverBot reads (no CBS1 header).");
        var rest = sealedBytes[headerLength..];
        if (rest.Length < RecordCipher.NonceSize + RecordCipher.TagSize)
            throw new SealedDataException($"Stored sealed bytes under key {keyId} are damaged (too short).");
        return RecordCipher.Open(keys, keyId, rest[..RecordCipher.NonceSize], rest[RecordCipher.NonceSize..], Kind,
            Convert.ToBase64String(sealedBytes[..headerLength]));
    }

    /// <summary>The key id of a value in this format; false for anything else (so other binary values are left alone).</summary>
    public static bool TryReadKeyId(ReadOnlySpan<byte> value, out string keyId, out int headerLength)
    {
        keyId = "";
        headerLength = 0;
        if (value.Length < Magic.Length + 2 || !value.StartsWith(Magic) || value[Magic.Length] != Version) return false;
        int idLength = value[Magic.Length + 1];
        headerLength = Magic.Length + 2 + idLength;
        if (idLength == 0 || value.Length < headerLength) return false;
        keyId = Encoding.ASCII.GetString(value.Slice(Magic.Length + 2, idLength));
        return true;
    }

    private static byte[] Header(string keyId)
    {
        var id = Encoding.ASCII.GetBytes(keyId);
        return [.. Magic, Version, (byte)id.Length, .. id];
    }
}

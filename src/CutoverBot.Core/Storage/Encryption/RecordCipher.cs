using System.Security.Cryptography;
using System.Text;

namespace CutoverBot.Core.Storage.Encryption;

/// <summary>
/// AES-256-GCM with a fresh 12-byte random nonce per seal and a 16-byte tag. The associated data names the kind of
/// record, the format version and the key id (and the owning record's id where there is one), so a sealed value moved
/// to another record, or relabelled with another key id, fails to open instead of being read as something else.
/// </summary>
internal static class RecordCipher
{
    public const int NonceSize = 12;
    public const int TagSize = 16;

    /// <summary>Seals <paramref name="plaintext"/>; returns the nonce and the ciphertext followed by the tag.</summary>
    public static (byte[] Nonce, byte[] CipherAndTag) Seal(DataKey key, ReadOnlySpan<byte> plaintext, string kind, string? owner)
    {
        var nonce = RandomNumberGenerator.GetBytes(NonceSize);
        var output = new byte[plaintext.Length + TagSize];
        using var aes = new AesGcm(key.EncryptionKey, TagSize);
        aes.Encrypt(nonce, plaintext, output.AsSpan(0, plaintext.Length), output.AsSpan(plaintext.Length), AssociatedData(kind, key.Id, owner));
        return (nonce, output);
    }

    /// <summary>Opens what <see cref="Seal"/> produced; throws <see cref="SealedDataException"/> when it cannot.</summary>
    public static byte[] Open(KeyRing keys, string keyId, ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> cipherAndTag, string kind, string? owner)
    {
        var key = keys.Find(keyId) ?? throw new SealedDataException(
            $"A stored {kind} was sealed with encryption key {Describe(keyId)}, which is not configured. Add that key to " +
            $"Storage:PreviousKeys (the current key is {keys.Current.Id}).");
        if (nonce.Length != NonceSize || cipherAndTag.Length < TagSize)
            throw new SealedDataException($"A stored {kind} sealed with key {key.Id} is damaged (wrong length).");
        var plaintext = new byte[cipherAndTag.Length - TagSize];
        try
        {
            using var aes = new AesGcm(key.EncryptionKey, TagSize);
            aes.Decrypt(nonce, cipherAndTag[..plaintext.Length], cipherAndTag[plaintext.Length..], plaintext, AssociatedData(kind, key.Id, owner));
        }
        catch (AuthenticationTagMismatchException)
        {
            throw new SealedDataException(
                $"A stored {kind} sealed with key {key.Id} failed its integrity check: it was changed outside CutoverBot or belongs to another record.");
        }
        return plaintext;
    }

    private static byte[] AssociatedData(string kind, string keyId, string? owner) =>
        Encoding.UTF8.GetBytes($"CutoverBot|{kind}|v1|{keyId}|{owner}");

    // The id comes from the file, which may be damaged: show it only when it looks like an id.
    private static string Describe(string keyId) =>
        keyId.Length is > 0 and <= 16 && keyId.All(char.IsAsciiHexDigitLower) ? keyId : "(unreadable id)";
}

using System.Security.Cryptography;
using System.Text;

namespace CutoverBot.Core.Storage.Encryption;

/// <summary>
/// An HMAC-SHA256 of an NHS number under the key's index key, stored beside the sealed patient details so an entry can
/// be found by NHS number without opening every entry. The practice id is part of the input, so the same patient at two
/// practices gets unrelated values and the index cannot link them.
/// </summary>
internal static class BlindIndex
{
    public static string Compute(DataKey key, string practiceId, string nhsDigits)
    {
        var mac = HMACSHA256.HashData(key.IndexKey, Encoding.UTF8.GetBytes($"nhs|{practiceId}|{nhsDigits}"));
        return Convert.ToHexStringLower(mac.AsSpan(0, 16));
    }
}

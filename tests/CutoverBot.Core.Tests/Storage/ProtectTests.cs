using System.Text;
using CutoverBot.Core.Storage;
using CutoverBot.Core.Storage.Encryption;

namespace CutoverBot.Core.Tests.Storage;

public sealed class ProtectTests
{
    private static readonly byte[] Secret = Encoding.UTF8.GetBytes("Philippa Quenby,14/02/1948,9434765919");

    [Fact]
    public void Protect_ThenUnprotect_RoundTripsAndHidesThePlaintext()
    {
        using var db = new CutoverDatabase(":memory:", new KeyRing(DataKey.Generate()));

        var sealedBytes = db.Protect(Secret);

        Assert.False(PatientSealingTests.Contains(sealedBytes, "Quenby"u8.ToArray()));
        Assert.Equal("CBS\u0001", Encoding.ASCII.GetString(sealedBytes, 0, 4));
        Assert.Equal(Secret, db.Unprotect(sealedBytes));
        Assert.NotEqual(sealedBytes, db.Protect(Secret));
    }

    [Fact]
    public void Unprotect_TamperedByte_Throws()
    {
        using var db = new CutoverDatabase(":memory:", new KeyRing(DataKey.Generate()));
        var sealedBytes = db.Protect(Secret);
        sealedBytes[^20] ^= 0x80;

        var error = Assert.Throws<SealedDataException>(() => db.Unprotect(sealedBytes));

        Assert.Contains("integrity check", error.Message);
    }

    [Fact]
    public void Unprotect_KeyIdRelabelled_Throws()
    {
        var first = DataKey.Generate();
        var second = DataKey.Generate();
        using var db = new CutoverDatabase(":memory:", new KeyRing(first, [second]));
        var sealedBytes = db.Protect(Secret);
        Encoding.ASCII.GetBytes(second.Id).CopyTo(sealedBytes, 5);

        Assert.Throws<SealedDataException>(() => db.Unprotect(sealedBytes));
    }

    [Fact]
    public void Unprotect_UnknownKeyOrPlainBytes_ThrowsNamingNoContent()
    {
        using var writer = new CutoverDatabase(":memory:", new KeyRing(DataKey.Generate()));
        using var reader = new CutoverDatabase(":memory:", new KeyRing(DataKey.Generate()));

        var unknown = Assert.Throws<SealedDataException>(() => reader.Unprotect(writer.Protect(Secret)));
        var plain = Assert.Throws<SealedDataException>(() => reader.Unprotect(Secret));

        Assert.Contains(writer.Keys.Current.Id, unknown.Message);
        Assert.DoesNotContain("Quenby", plain.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64 at all!")]
    [InlineData("c2hvcnQ=")]
    public void TryParse_NotA32ByteBase64Key_FailsWithoutRepeatingTheValue(string value)
    {
        Assert.False(DataKey.TryParse(value, out var key, out var error));
        Assert.Null(key);
        Assert.NotNull(error);
        if (value.Length > 0) Assert.DoesNotContain(value, error);
    }

    [Fact]
    public void TryParse_SameKeyTwice_GivesTheSameIdAndDifferentKeysDiffer()
    {
        var text = Convert.ToBase64String(new byte[32]);

        Assert.True(DataKey.TryParse(text, out var a, out _));
        Assert.True(DataKey.TryParse(" " + text + " ", out var b, out _));

        Assert.Equal(a!.Id, b!.Id);
        Assert.Matches("^[0-9a-f]{8}$", a.Id);
        Assert.NotEqual(a.Id, DataKey.Generate().Id);
        Assert.DoesNotContain(text, a.ToString());
    }
}

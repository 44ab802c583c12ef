using CutoverBot.Cli;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Storage;
using CutoverBot.Core.Storage.Encryption;

namespace CutoverBot.Tests.Cli;

/// <summary>rotate-key as an IT lead runs it: its own process, the new key and the old ones from the environment.</summary>
public sealed class RotateKeyProcessTests : IDisposable
{
    private readonly SeededDatabase _db = new();
    private readonly DataKey _new = DataKey.Generate();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task RotateKey_FromTheDevelopmentKeyFileToAConfiguredKey_NewKeyAloneReadsEverything()
    {
        var (code, stderr) = await RunAsync(new() { ["Storage__EncryptionKey"] = _new.ToBase64() });

        Assert.Equal(CliExitCodes.Ok, code);
        Assert.Contains("3 entries re-encrypted from an older key", stderr);
        Assert.Contains($"sealed with key {_new.Id}", stderr);
        Assert.Contains("development key file", stderr);
        AssertReadableWithOnly(_new);
    }

    [Fact]
    public async Task RotateKey_OldKeyInPreviousKeys_RotatesAndASecondRunFindsNothingToDo()
    {
        var oldKey = KeyFile.Read(KeyFile.PathFor(_db.Path))!;
        File.Delete(KeyFile.PathFor(_db.Path));
        var environment = new Dictionary<string, string> { ["Storage__EncryptionKey"] = _new.ToBase64(), ["Storage__PreviousKeys__0"] = oldKey.ToBase64() };

        var (first, _) = await RunAsync(environment);
        var (second, stderr) = await RunAsync(environment);

        Assert.Equal(CliExitCodes.Ok, first);
        Assert.Equal(CliExitCodes.Ok, second);
        Assert.Contains("0 entries re-encrypted", stderr);
        Assert.Contains("3 entries already under this key", stderr);
        AssertReadableWithOnly(_new);
    }

    [Fact]
    public async Task RotateKey_OldKeyNotSupplied_Exits5NamingTheMissingKeyAndChangesNothing()
    {
        var oldKey = KeyFile.Read(KeyFile.PathFor(_db.Path))!;
        File.Delete(KeyFile.PathFor(_db.Path));
        var before = File.ReadAllBytes(_db.Path);

        var (code, stderr) = await RunAsync(new() { ["Storage__EncryptionKey"] = _new.ToBase64() });

        Assert.Equal(CliExitCodes.KeyProblem, code);
        Assert.Contains(oldKey.Id, stderr);
        Assert.Contains("Storage:PreviousKeys", stderr);
        Assert.DoesNotContain("Margaret", stderr);
        using var check = new CutoverDatabase(_db.Path, new KeyRing(oldKey));
        Assert.Equal(3, check.Database.GetCollection("entries").Count());
        Assert.All(check.Database.GetCollection("entries").FindAll(), d => Assert.Equal(oldKey.Id, d["Patient"]["k"].AsString));
    }

    private void AssertReadableWithOnly(DataKey key)
    {
        using var db = new CutoverDatabase(_db.Path, new KeyRing(key));
        var entries = new EntryStore(db);
        Assert.Contains(entries.ForPractice(SeededDatabase.RiversideId), e => e.Patient.Name == "Margaret Evans");
        Assert.Single(entries.FindByNhsNumber(SeededDatabase.RiversideId, "943 476 5919"));
    }

    private async Task<(int Code, string Stderr)> RunAsync(Dictionary<string, string> environment)
    {
        var (code, _, stderr) = await CliProcess.RunAsync(_db.Folder, ["rotate-key", "--database", _db.Path], environment);
        return (code, stderr);
    }
}

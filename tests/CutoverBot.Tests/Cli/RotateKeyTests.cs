using CutoverBot.Cli;
using CutoverBot.Core.Storage;
using CutoverBot.Core.Storage.Encryption;

namespace CutoverBot.Tests.Cli;

/// <summary>rotate-key in process, with the development key file the seeded database was written with.</summary>
public sealed class RotateKeyTests : IDisposable
{
    private readonly SeededDatabase _db = new();
    private readonly StringWriter _out = new();
    private readonly StringWriter _err = new();

    public void Dispose() => _db.Dispose();

    private Task<int?> Run(params string[] args) => CliRunner.TryRunAsync(args, _out, _err);

    [Fact]
    public async Task RotateKey_EverythingUnderTheCurrentKey_ReportsCountsAndChangesNothing()
    {
        var code = await Run("rotate-key", "--database", _db.Path);

        Assert.Equal(CliExitCodes.Ok, code);
        Assert.Contains("0 entries re-encrypted from an older key", _err.ToString());
        Assert.Contains("3 entries already under this key", _err.ToString());
        Assert.Equal("", _out.ToString());
    }

    [Fact]
    public async Task RotateKey_WhileTheBotHoldsTheDatabase_Exits4AndChangesNothing()
    {
        var before = File.ReadAllBytes(_db.Path);
        using (var bot = new CutoverDatabase(_db.Path))
        {
            bot.Collection<object>("practices").Count();

            var code = await Run("rotate-key", "--database", _db.Path);

            Assert.Equal(CliExitCodes.DatabaseBusy, code);
            Assert.Contains("in use by the running bot", _err.ToString());
        }
        Assert.Equal(before, File.ReadAllBytes(_db.Path));
    }

    [Fact]
    public async Task RotateKey_NoKeyConfiguredAndNoKeyFile_Exits5NamingTheSetting()
    {
        File.Delete(KeyFile.PathFor(_db.Path));

        var code = await Run("rotate-key", "--database", _db.Path);

        Assert.Equal(CliExitCodes.KeyProblem, code);
        Assert.Contains("Storage:EncryptionKey is not set", _err.ToString());
        Assert.Contains("Nothing was changed", _err.ToString());
    }

    [Theory]
    [InlineData("--force")]
    [InlineData("--database")]
    public async Task RotateKey_BadOption_Exits2WithUsage(string option)
    {
        var code = await Run("rotate-key", option);

        Assert.Equal(CliExitCodes.BadUsage, code);
        Assert.Contains("rotate-key [--database FILE]", _err.ToString());
    }

    [Fact]
    public async Task RotateKey_NoDatabaseThere_Exits2()
    {
        var code = await Run("rotate-key", "--database", Path.Combine(_db.Folder, "missing.db"));

        Assert.Equal(CliExitCodes.BadUsage, code);
        Assert.Contains("There is no database at", _err.ToString());
    }
}

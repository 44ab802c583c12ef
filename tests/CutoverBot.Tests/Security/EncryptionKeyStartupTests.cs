using System.Net;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Storage.Encryption;
using CutoverBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CutoverBot.Tests.Security;

public sealed class EncryptionKeyStartupTests : IDisposable
{
    private const string AppId = "6f1c2d3e-0000-4000-8000-000000000001";
    private readonly string _folder = Directory.CreateTempSubdirectory("cutoverbot-key-").FullName;

    private string DatabasePath => Path.Combine(_folder, "cutover.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private BotFactory Host(string environment, string? key, LogCapture? logs = null) =>
        new(DatabasePath, TimeProvider.System, logs ?? new LogCapture(), environment: environment, appId: AppId, appPassword: "not-a-real-secret",
            settings: new Dictionary<string, string?> { ["Storage:EncryptionKey"] = key });

    [Fact]
    public void Start_ProductionWithoutKey_StopsNamingTheSettingAndHowToMakeOne()
    {
        using var factory = Host("Production", "");

        var failures = StartupFailures(factory);

        Assert.Contains("Storage:EncryptionKey is not set", failures);
        Assert.Contains("openssl rand -base64 32", failures);
        Assert.False(File.Exists(DatabasePath + ".key"));
    }

    [Theory]
    [InlineData("not-a-key!")]
    [InlineData("c2hvcnQga2V5")]
    public void Start_MalformedKey_StopsNamingTheSettingWithoutEchoingIt(string key)
    {
        using var factory = Host("Development", key);

        var failures = StartupFailures(factory);

        Assert.Contains("Storage:EncryptionKey is ", failures);
        Assert.DoesNotContain(key, failures);
    }

    [Fact]
    public void Start_MalformedPreviousKey_NamesWhichOne()
    {
        using var factory = new BotFactory(DatabasePath, TimeProvider.System, new LogCapture(),
            settings: new Dictionary<string, string?> { ["Storage:PreviousKeys:2025"] = "short" });

        Assert.Contains("Storage:PreviousKeys:2025", StartupFailures(factory));
    }

    [Fact]
    public async Task Start_DevelopmentWithoutKey_GeneratesAPrivateKeyFileOnceWithAWarningAndKeepsUsingIt()
    {
        var logs = new LogCapture();
        Guid id;
        await using (var first = Host("Development", "", logs))
        {
            Assert.Equal(HttpStatusCode.OK, (await first.CreateClient().GetAsync("/healthz")).StatusCode);
            var entry = new Entry { PracticeId = "19:p", Reference = "CALL-0001", Patient = new PatientDetails { Name = "Philippa Quenby" } };
            first.Services.GetRequiredService<IEntryStore>().Insert(entry);
            id = entry.Id;
        }
        var keyFile = DatabasePath + ".key";
        Assert.True(File.Exists(keyFile));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
        Assert.Contains(logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("Storage:EncryptionKey is not set", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Contains(File.ReadAllText(keyFile).Trim(), StringComparison.Ordinal));
        var written = File.ReadAllText(keyFile);

        await using var second = Host("Development", "");
        await second.CreateClient().GetAsync("/healthz");

        Assert.Equal("Philippa Quenby", second.Services.GetRequiredService<IEntryStore>().Find(id)!.Patient.Name);
        Assert.Equal(written, File.ReadAllText(keyFile));
    }

    [Fact]
    public async Task Start_DevelopmentWithoutKey_DatabaseFileIsOwnerOnlyLikeTheKeyFile()
    {
        if (OperatingSystem.IsWindows()) return;
        await using var factory = Host("Development", "");

        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/healthz")).StatusCode);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(DatabasePath));
        Assert.Equal(File.GetUnixFileMode(DatabasePath + ".key"), File.GetUnixFileMode(DatabasePath));
    }

    [Fact]
    public async Task Start_DevelopmentInANewFolder_FolderIsTheOwnersOnly()
    {
        if (OperatingSystem.IsWindows()) return;
        var path = Path.Combine(_folder, "data", "cutover.db");
        await using var factory = new BotFactory(path, TimeProvider.System, new LogCapture(), settings: new Dictionary<string, string?> { ["Storage:EncryptionKey"] = "" });

        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/healthz")).StatusCode);

        Assert.True(File.Exists(path + ".key"));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.Combine(_folder, "data")));
    }

    [Fact]
    public async Task Start_ConfiguredKey_SealsWithItAndLogsOnlyItsId()
    {
        var logs = new LogCapture();
        await using var factory = Host("Production", BotFactory.TestEncryptionKey, logs);

        await factory.CreateClient().GetAsync("/healthz");

        DataKey.TryParse(BotFactory.TestEncryptionKey, out var key, out _);
        Assert.Equal(key!.Id, factory.Services.GetRequiredService<KeyRing>().Current.Id);
        Assert.Contains(logs.Lines, l => l.Contains("sealed with encryption key " + key.Id, StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Contains(BotFactory.TestEncryptionKey, StringComparison.Ordinal));
        Assert.False(File.Exists(DatabasePath + ".key"));
    }

    private static string StartupFailures(BotFactory factory)
    {
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            if (e is OptionsValidationException validation) return string.Join(" ", validation.Failures);
            if (e is AggregateException aggregate && aggregate.InnerExceptions.OfType<OptionsValidationException>().FirstOrDefault() is { } inner)
                return string.Join(" ", inner.Failures);
        }
        throw new Xunit.Sdk.XunitException("Start-up did not fail on its settings: " + error);
    }
}

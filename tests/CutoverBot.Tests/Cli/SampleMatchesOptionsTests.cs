using System.Collections;
using System.Globalization;
using System.Reflection;
using CutoverBot.Bot;
using CutoverBot.Tests.Infrastructure;
using CutoverBot.Tests.Manifest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CutoverBot.Tests.Cli;

/// <summary>
/// appsettings.sample.json against what the running host really binds: every setting of every options class the host
/// reads from configuration is in the sample with its default, nothing is in the sample that the bot does not read, and
/// copying the sample whole does not move the web server off the port its host expects.
/// </summary>
public sealed class SampleMatchesOptionsTests
{
    // Read by ASP.NET Core itself, not by an options class of the bot.
    private static readonly string[] FrameworkKeys = ["AllowedHosts", "Logging:LogLevel:"];

    private static readonly IConfigurationRoot Sample =
        new ConfigurationBuilder().AddJsonFile(Path.Combine(RepositoryPaths.Root, "appsettings.sample.json"), optional: false).Build();

    private static readonly HashSet<string> SampleKeys = Sample.AsEnumerable().Select(kv => kv.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void Sample_EverySettingTheHostBinds_IsThere()
    {
        var missing = BoundSettings().Select(s => s.Key).Where(k => !SampleKeys.Contains(k)).ToList();

        Assert.True(missing.Count == 0, "appsettings.sample.json lacks: " + string.Join(", ", missing));
    }

    [Fact]
    public void Sample_EveryKey_IsReadByTheBotOrTheFramework()
    {
        var known = BoundSettings().Select(s => s.Key).ToList();
        var sections = known.Select(k => k.Split(':')[0]).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var unread = Sample.AsEnumerable().Where(kv => kv.Value is not null || !sections.Contains(kv.Key)).Select(kv => kv.Key)
            .Where(k => !known.Any(s => k.Equals(s, StringComparison.OrdinalIgnoreCase) || k.StartsWith(s + ":", StringComparison.OrdinalIgnoreCase)))
            .Where(k => !FrameworkKeys.Any(f => k.Equals(f.TrimEnd(':'), StringComparison.OrdinalIgnoreCase) || k.StartsWith(f, StringComparison.OrdinalIgnoreCase)))
            .Where(k => !k.Equals("Logging", StringComparison.OrdinalIgnoreCase) && !k.Equals("Logging:LogLevel", StringComparison.OrdinalIgnoreCase))
            .ToList();

        Assert.True(unread.Count == 0, "appsettings.sample.json has settings nothing reads: " + string.Join(", ", unread));
    }

    [Fact]
    public void Sample_EachOptionsSection_ShowsTheDefaults()
    {
        var wrong = new List<string>();
        foreach (var (key, property, type, _) in BoundSettings().Where(s => s.Section is not null))
        {
            var bound = Activator.CreateInstance(type)!;
            Sample.GetSection(key.Split(':')[0]).Bind(bound);
            var (shown, standard) = (Text(property.GetValue(bound)), Text(property.GetValue(Activator.CreateInstance(type))));
            if (shown != standard) wrong.Add($"{key} is {shown} in the sample but {standard} by default");
        }

        Assert.True(wrong.Count == 0, string.Join("; ", wrong));
    }

    [Theory]
    [InlineData("Urls")]
    [InlineData("Kestrel")]
    [InlineData("HTTP_PORTS")]
    [InlineData("HTTPS_PORTS")]
    [InlineData("ASPNETCORE_URLS")]
    public void Sample_CopiedWhole_LeavesTheListeningAddressToTheHost(string key)
    {
        // The container listens on 8080 (ASPNETCORE_HTTP_PORTS); a Urls copied from the sample would override it.
        Assert.DoesNotContain(SampleKeys, k => k.Equals(key, StringComparison.OrdinalIgnoreCase) || k.StartsWith(key + ":", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Every setting the real host binds: the public settable properties of each options class it binds from a
    /// configuration section (found by the change-token source binding registers), and the Bot Framework keys at the root.
    /// </summary>
    private static IReadOnlyList<(string Key, PropertyInfo Property, Type Type, string? Section)> BoundSettings()
    {
        var types = BoundOptionsTypes();
        Assert.Contains(typeof(CutoverBot.Delivery.OutboxOptions), types);
        var settings = new List<(string, PropertyInfo, Type, string?)>();
        foreach (var type in types)
        {
            var section = type.GetField("Section", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string;
            Assert.True(section is not null, $"{type.Name} is bound from configuration but has no public const Section naming where");
            // BotOptions' section is the root, where the Bot Framework keys stay.
            settings.AddRange(Settable(type).Select(p => (section!.Length == 0 ? p.Name : $"{section}:{p.Name}", p, type, section!.Length == 0 ? null : section)));
        }
        Assert.Contains(typeof(BotOptions), types);
        return settings;
    }

    private static IEnumerable<PropertyInfo> Settable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true });

    private static List<Type> BoundOptionsTypes()
    {
        IServiceCollection? captured = null;
        var database = Path.Combine(Path.GetTempPath(), "cutoverbot-tests", Guid.NewGuid().ToString("N") + ".db");
        using (var factory = new BotFactory(database, new FakeTimeProvider(), new LogCapture(), settings: new Dictionary<string, string?> { ["Scheduler:Enabled"] = "false" },
                   services: s => captured = s))
        {
            _ = factory.Services;
        }
        File.Delete(database);
        return captured!.Where(d => d.ServiceType.IsGenericType && d.ServiceType.GetGenericTypeDefinition() == typeof(IOptionsChangeTokenSource<>))
            .Select(d => d.ServiceType.GetGenericArguments()[0])
            .Where(t => t.Assembly == typeof(BotOptions).Assembly || t.Assembly == typeof(CutoverBot.Core.Storage.StorageOptions).Assembly)
            .Distinct().ToList();
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        IDictionary d => d.Count == 0 ? "" : string.Join(",", d.Keys.Cast<object>()),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}

using System.Reflection;

namespace CutoverBot.Core.Status;

/// <summary>The version of this build as status shows it, so an IT lead can tell which release a practice runs.</summary>
public static class BotVersion
{
    /// <summary>"1.0.0", or "1.0.0 (3c10d05)" when the build knew its git commit.</summary>
    public static string Text { get; } =
        Describe(typeof(BotVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion);

    /// <summary>Shortens an informational version ("1.0.0+3c10d05e...") to the version and a 7-character commit.</summary>
    public static string Describe(string? informationalVersion)
    {
        if (string.IsNullOrWhiteSpace(informationalVersion)) return "unknown";
        var plus = informationalVersion.IndexOf('+', StringComparison.Ordinal);
        if (plus < 0) return informationalVersion;
        var commit = informationalVersion[(plus + 1)..];
        return commit.Length == 0 ? informationalVersion[..plus] : $"{informationalVersion[..plus]} ({commit[..Math.Min(7, commit.Length)]})";
    }
}

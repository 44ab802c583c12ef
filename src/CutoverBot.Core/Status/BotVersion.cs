using System.Reflection;

namespace CutoverBot.Core.Status;

/// <summary>The version of this build as status shows it, so an IT lead can tell which release a practice runs.</summary>
public static class BotVersion
{
    /// <summary>"1.0.0", or "1.0.0 (3c10d05)" when the build knew its git commit.</summary>
    public static string Text { get; } =
        Describe(typeof(BotVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion);

    /// <summary>The release, "1.0.0", without the commit.</summary>
    public static string Number => Text.Split(' ')[0];

    /// <summary>The 7-character commit the build knew, or null.</summary>
    public static string? Commit => Text.IndexOf('(', StringComparison.Ordinal) is var at and >= 0 ? Text[(at + 1)..^1] : null;

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

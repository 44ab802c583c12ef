namespace CutoverBot.Cli;

/// <summary>
/// Reads "--name value" and "--name=value" options for every verb of the command line: each named option
/// at most once, each with a value, nothing unknown.
/// </summary>
internal static class CliArguments
{
    /// <summary>
    /// The options by their canonical name (the first alias), or null with <paramref name="error"/> set.
    /// <paramref name="helpRequested"/> when --help was given.
    /// </summary>
    public static Dictionary<string, string>? Parse(IReadOnlyList<string> args, IReadOnlyList<string[]> options, out string? error, out bool helpRequested)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        error = null;
        helpRequested = false;
        for (var i = 0; i < args.Count; i++)
        {
            var eq = args[i].IndexOf('=');
            var inline = args[i].StartsWith("--", StringComparison.Ordinal) && eq > 2;
            var name = (inline ? args[i][..eq] : args[i]).ToLowerInvariant();
            if (name is "--help" or "-h" or "-?")
            {
                helpRequested = true;
                return null;
            }
            var key = options.FirstOrDefault(aliases => aliases.Contains(name))?[0];
            if (key is null)
            {
                error = $"Unknown option '{args[i]}'.";
                return null;
            }
            if (values.ContainsKey(key))
            {
                error = $"{key} was given more than once.";
                return null;
            }
            var value = inline ? args[i][(eq + 1)..] : i + 1 < args.Count && !(args[i + 1].Length > 1 && args[i + 1][0] == '-') ? args[++i] : null;
            if (string.IsNullOrWhiteSpace(value))
            {
                error = $"{key} needs a value.";
                return null;
            }
            values[key] = value.Trim();
        }
        return values;
    }
}

namespace CutoverBot.Cli;

/// <summary>Parses the arguments after <c>audit</c>: --practice, --out, --database, --help.</summary>
internal static class AuditArgumentParser
{
    public static AuditOptions? Parse(IReadOnlyList<string> args, out string? error, out bool helpRequested)
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
            var key = name switch
            {
                "--practice" or "-p" => "practice",
                "--out" or "--output" or "-o" => "out",
                "--database" or "--db" => "database",
                _ => null,
            };
            if (key is null)
            {
                error = $"Unknown option '{args[i]}'.";
                return null;
            }
            if (values.ContainsKey(key))
            {
                error = $"{name} was given more than once.";
                return null;
            }
            var value = inline ? args[i][(eq + 1)..] : i + 1 < args.Count && !(args[i + 1].Length > 1 && args[i + 1][0] == '-') ? args[++i] : null;
            if (string.IsNullOrWhiteSpace(value))
            {
                error = $"{name} needs a value.";
                return null;
            }
            values[key] = value.Trim();
        }
        if (!values.TryGetValue("practice", out var practice))
        {
            error = "--practice is required: give the practice's team id, ODS code or name.";
            return null;
        }
        return new AuditOptions(practice, values.GetValueOrDefault("out"), values.GetValueOrDefault("database"));
    }
}

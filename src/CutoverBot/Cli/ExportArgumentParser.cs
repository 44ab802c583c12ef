namespace CutoverBot.Cli;

/// <summary>Parses the arguments after <c>export</c>. Hand-written: four options do not justify a parsing library.</summary>
internal static class ExportArgumentParser
{
    /// <summary>The supported formats; xlsx is planned for a later release.</summary>
    public static readonly IReadOnlyList<string> Formats = ["csv"];

    /// <summary>Returns the options, or null with <paramref name="error"/> set; <paramref name="helpRequested"/> when --help was given.</summary>
    public static ExportOptions? Parse(IReadOnlyList<string> args, out string? error, out bool helpRequested)
    {
        string? practice = null, format = null, output = null, database = null;
        error = null;
        helpRequested = false;
        for (var i = 0; i < args.Count; i++)
        {
            var (name, inlineValue) = Split(args[i]);
            if (name is "--help" or "-h" or "-?")
            {
                helpRequested = true;
                return null;
            }
            ref string? target = ref practice;
            switch (name)
            {
                case "--practice" or "-p": target = ref practice; break;
                case "--format" or "-f": target = ref format; break;
                case "--out" or "--output" or "-o": target = ref output; break;
                case "--database" or "--db": target = ref database; break;
                default:
                    error = $"Unknown option '{args[i]}'.";
                    return null;
            }
            if (target is not null)
            {
                error = $"{name} was given more than once.";
                return null;
            }
            var value = inlineValue ?? (i + 1 < args.Count && !IsOption(args[i + 1]) ? args[++i] : null);
            if (string.IsNullOrWhiteSpace(value))
            {
                error = $"{name} needs a value.";
                return null;
            }
            target = value.Trim();
        }

        if (practice is null) error = "--practice is required: give the practice's team id, ODS code or name.";
        else if (format is null) error = "--format is required: use --format csv.";
        else if (!Formats.Contains(format.ToLowerInvariant()))
            error = $"The format '{format}' is not supported yet. Use --format csv.";
        return error is null ? new ExportOptions(practice!, format!.ToLowerInvariant(), output, database) : null;
    }

    private static (string Name, string? Value) Split(string arg)
    {
        var eq = arg.IndexOf('=');
        return arg.StartsWith("--", StringComparison.Ordinal) && eq > 2 ? (arg[..eq].ToLowerInvariant(), arg[(eq + 1)..]) : (arg.ToLowerInvariant(), null);
    }

    // A lone "-" is left as a value; anything else starting with a dash is the next option.
    private static bool IsOption(string arg) => arg.Length > 1 && arg[0] == '-';
}

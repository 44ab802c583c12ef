namespace CutoverBot.Cli;

/// <summary>Parses the arguments after <c>export</c>. Hand-written: four options do not justify a parsing library.</summary>
internal static class ExportArgumentParser
{
    /// <summary>The supported formats; xlsx is planned for a later release.</summary>
    public static readonly IReadOnlyList<string> Formats = ["csv"];

    private static readonly IReadOnlyList<string[]> Names =
        [["--practice", "-p"], ["--format", "-f"], ["--out", "--output", "-o"], ["--database", "--db"]];

    /// <summary>Returns the options, or null with <paramref name="error"/> set; <paramref name="helpRequested"/> when --help was given.</summary>
    public static ExportOptions? Parse(IReadOnlyList<string> args, out string? error, out bool helpRequested)
    {
        if (CliArguments.Parse(args, Names, out error, out helpRequested) is not { } values) return null;
        var practice = values.GetValueOrDefault("--practice");
        var format = values.GetValueOrDefault("--format");
        if (practice is null) error = "--practice is required: give the practice's team id, ODS code or name.";
        else if (format is null) error = "--format is required: use --format csv.";
        else if (!Formats.Contains(format.ToLowerInvariant()))
            error = $"The format '{format}' is not supported yet. Use --format csv.";
        return error is null
            ? new ExportOptions(practice!, format!.ToLowerInvariant(), values.GetValueOrDefault("--out"), values.GetValueOrDefault("--database"))
            : null;
    }
}

namespace CutoverBot.Cli;

/// <summary>Parses the arguments after <c>audit</c>: --practice, --out, --database, --help.</summary>
internal static class AuditArgumentParser
{
    private static readonly IReadOnlyList<string[]> Names = [["--practice", "-p"], ["--out", "--output", "-o"], ["--database", "--db"]];

    public static AuditOptions? Parse(IReadOnlyList<string> args, out string? error, out bool helpRequested)
    {
        if (CliArguments.Parse(args, Names, out error, out helpRequested) is not { } values) return null;
        if (!values.TryGetValue("--practice", out var practice))
        {
            error = "--practice is required: give the practice's team id, ODS code or name.";
            return null;
        }
        return new AuditOptions(practice, values.GetValueOrDefault("--out"), values.GetValueOrDefault("--database"));
    }
}

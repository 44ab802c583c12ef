namespace CutoverBot.Cli;

/// <summary>What <c>export</c> was asked to do.</summary>
/// <param name="Practice">Team id, ODS code or practice name.</param>
/// <param name="OutputPath">File to write, or null for standard output.</param>
/// <param name="DatabasePath">Overrides Storage:DatabasePath, e.g. to export from a backup copy.</param>
internal sealed record ExportOptions(string Practice, string Format, string? OutputPath, string? DatabasePath);

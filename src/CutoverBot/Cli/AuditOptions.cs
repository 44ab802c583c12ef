namespace CutoverBot.Cli;

/// <summary>What <c>audit</c> was asked to do.</summary>
/// <param name="Practice">Team id, ODS code or practice name.</param>
/// <param name="OutputPath">File to write, or null for standard output.</param>
/// <param name="DatabasePath">Overrides Storage:DatabasePath.</param>
internal sealed record AuditOptions(string Practice, string? OutputPath, string? DatabasePath);

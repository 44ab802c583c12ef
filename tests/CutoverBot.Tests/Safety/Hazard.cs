namespace CutoverBot.Tests.Safety;

/// <summary>One hazard as the log states it: the ratings and the tests that prove its product controls.</summary>
internal sealed record Hazard(
    string Id,
    string Title,
    string InitialSeverity,
    string InitialLikelihood,
    int? InitialRisk,
    string ResidualSeverity,
    string ResidualLikelihood,
    int? ResidualRisk,
    IReadOnlyList<string> Tests,
    IReadOnlyDictionary<string, string> Cells)
{
    public override string ToString() => $"{Id} ({Title})";
}

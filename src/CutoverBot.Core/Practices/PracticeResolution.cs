namespace CutoverBot.Core.Practices;

/// <summary>Which practice a message belongs to, or why that is not known.</summary>
public sealed record PracticeResolution(PracticeResolutionKind Kind, Practice? Practice, IReadOnlyList<Practice> Choices, string? RefusalMessage)
{
    public static PracticeResolution Of(Practice practice) => new(PracticeResolutionKind.Resolved, practice, [practice], null);
    public static PracticeResolution Choose(IReadOnlyList<Practice> choices) => new(PracticeResolutionKind.NeedsChoice, null, choices, null);
    public static PracticeResolution None { get; } = new(PracticeResolutionKind.Unknown, null, [], null);
    public static PracticeResolution Refuse(string message) => new(PracticeResolutionKind.Refused, null, [], message);
}

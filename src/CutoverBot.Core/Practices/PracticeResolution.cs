namespace CutoverBot.Core.Practices;

/// <summary>Which practice a message belongs to, or why that is not known.</summary>
public sealed record PracticeResolution(PracticeResolutionKind Kind, Practice? Practice, IReadOnlyList<Practice> Choices, string? RefusalMessage)
{
    public static PracticeResolution Of(Practice practice) => new(PracticeResolutionKind.Resolved, practice, [practice], null);
    public static PracticeResolution Choose(IReadOnlyList<Practice> choices) => new(PracticeResolutionKind.NeedsChoice, null, choices, null);
    public static PracticeResolution None { get; } = new(PracticeResolutionKind.Unknown, null, [], null);
    public static PracticeResolution Refuse(string message) => new(PracticeResolutionKind.Refused, null, [], message);

    /// <summary>A channel of a team the bot has no active practice for: commands are refused, but a quick entry is still kept for its author.</summary>
    public static PracticeResolution RefuseUnknownTeam(string message) => Refuse(message) with { HoldsEntries = true };

    /// <summary>True when a quick entry must still be saved (held for its author) despite the refusal: nothing typed is lost.</summary>
    public bool HoldsEntries { get; init; }
}

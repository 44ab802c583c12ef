using CutoverBot.Core.Practices;

namespace CutoverBot.Core.Setup;

/// <summary>The result of running setup: saved (with any warnings) or refused (with the reasons).</summary>
public sealed record SetupOutcome(bool Saved, Practice? Practice, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings, string Summary)
{
    /// <summary>What was saved, line by line, for the card; <see cref="Summary"/> is the same as chat text.</summary>
    public SetupConfirmation? Confirmation { get; init; }

    public static SetupOutcome Refused(params IReadOnlyList<string> errors) => new(false, null, errors, [], "");
}

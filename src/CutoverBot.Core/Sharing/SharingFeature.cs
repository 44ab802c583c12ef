using CutoverBot.Core.Commands;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.Sharing;

/// <summary>The sharing commands over the router's stores.</summary>
public sealed class SharingFeature(ProgressShareStore shares)
{
    public static IReadOnlyList<CommandInfo> Definitions { get; } = [ShareProgressCommand.Definition, StopSharingCommand.Definition];

    public ProgressShareStore Shares => shares;

    internal IReadOnlyList<IChatCommand> CommandsFor(PracticeStore practices, PracticeResolver resolver, TimeProvider time)
    {
        var targets = new ShareTargets(practices, resolver);
        return [new ShareProgressCommand(targets, shares, time), new StopSharingCommand(targets, shares)];
    }

    /// <summary>"North ICB Digital, Delivery Partner", for status; null when the practice shares with nobody.</summary>
    public static string? SharedWithText(ProgressShareStore shares, PracticeStore practices, string practiceId)
    {
        var names = shares.SharedBy(practiceId).Select(s => practices.Find(s.TeamId)?.Name ?? "a team CutoverBot was removed from")
            .Order(StringComparer.OrdinalIgnoreCase).ToList();
        return names.Count == 0 ? null : string.Join(", ", names);
    }
}

using CutoverBot.Core.Practices;
using CutoverBot.Core.Status;

namespace CutoverBot.Core.Sharing;

/// <summary>Names the teams a practice shares its progress with, for its status card.</summary>
internal sealed class SharedWithNames(IProgressShareStore shares, IPracticeStore practices) : IProgressSharing
{
    public string? SharedWithText(string practiceId)
    {
        var names = shares.SharedBy(practiceId).Select(s => practices.Find(s.TeamId)?.Name ?? "a team CutoverBot was removed from")
            .Order(StringComparer.OrdinalIgnoreCase).ToList();
        return names.Count == 0 ? null : string.Join(", ", names);
    }
}

using CutoverBot.Core.Practices;

namespace CutoverBot.Core.Checklist;

/// <summary>The catalog spelling of each phase.</summary>
public static class PhaseNames
{
    private static readonly (CutoverPhase Phase, string Slug)[] Names =
    [
        (CutoverPhase.Preparation, "preparation"),
        (CutoverPhase.Fdp, "fdp"),
        (CutoverPhase.Cutover, "cutover"),
        (CutoverPhase.GoLive, "golive"),
        (CutoverPhase.After, "after"),
        (CutoverPhase.Closed, "closed"),
    ];

    public static CutoverPhase? FromSlug(string? slug)
    {
        foreach (var name in Names)
        {
            if (string.Equals(name.Slug, slug?.Trim(), StringComparison.OrdinalIgnoreCase)) return name.Phase;
        }
        return null;
    }

    public static string Slug(CutoverPhase phase) => Names.First(n => n.Phase == phase).Slug;

    public static IEnumerable<string> AllSlugs => Names.Select(n => n.Slug);
}

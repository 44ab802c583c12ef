
namespace CutoverBot.Core.Checklist;

/// <summary>The catalog spelling and the card label of each audience.</summary>
public static class TaskAudienceNames
{
    private static readonly (TaskAudience Audience, string Slug, string Label)[] Names =
    [
        (TaskAudience.Manager, "manager", "Practice manager"),
        (TaskAudience.Reception, "reception", "Reception"),
        (TaskAudience.Clinicians, "clinicians", "Clinicians"),
        (TaskAudience.Dispensary, "dispensary", "Dispensary"),
        (TaskAudience.ItLead, "it-lead", "IT lead"),
    ];

    public static TaskAudience? FromSlug(string? slug)
    {
        foreach (var name in Names)
        {
            if (string.Equals(name.Slug, slug?.Trim(), StringComparison.OrdinalIgnoreCase)) return name.Audience;
        }
        return null;
    }

    public static string Slug(TaskAudience audience) => Names.First(n => n.Audience == audience).Slug;

    public static string Label(TaskAudience audience) => Names.First(n => n.Audience == audience).Label;

    public static IEnumerable<string> AllSlugs => Names.Select(n => n.Slug);
}

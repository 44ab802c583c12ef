
namespace CutoverBot.Core.Entries;

/// <summary>
/// Other live entries of the same practice with the same NHS number under a name that is not this one: one of the two is
/// likely mistyped. Names match when one's words hold the other's ("Evans" and "Mrs Margaret EVANS" are one patient).
/// </summary>
public static class NhsNumberClash
{
    public static IReadOnlyList<Entry> Find(IEntryStore entries, Entry entry)
    {
        if (entry.Patient.NhsNumber is not { } nhs || entry.Patient.Name is not { } name || entry.PracticeId.Length == 0) return [];
        var mine = Words(name);
        return entries.FindByNhsNumber(entry.PracticeId, nhs)
            .Where(e => e.Id != entry.Id && e.Patient.Name is { } other && !SamePerson(mine, Words(other)))
            .ToList();
    }

    private static bool SamePerson(HashSet<string> a, HashSet<string> b) => a.IsSubsetOf(b) || b.IsSubsetOf(a);

    private static HashSet<string> Words(string name) =>
        name.ToLowerInvariant().Split([' ', ',', '.', '-', '\''], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !Titles.Contains(w)).ToHashSet();

    private static readonly HashSet<string> Titles = ["mr", "mrs", "ms", "miss", "master", "mx", "dr"];
}

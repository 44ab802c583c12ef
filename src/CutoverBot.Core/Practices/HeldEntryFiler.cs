using CutoverBot.Core.Entries;
using CutoverBot.Core.Kernel;

namespace CutoverBot.Core.Practices;

/// <summary>
/// Files entries saved before the bot knew the author's practice: when the user becomes staff of exactly one
/// practice, or chooses one. Oldest first, so references follow the order they were logged.
/// </summary>
public sealed class HeldEntryFiler(IEntryStore entries, EntryRecorder recorder, PracticeResolver resolver)
{
    /// <summary>Files the user's held entries if their practice is now known; returns the entries filed.</summary>
    public IReadOnlyList<Entry> FileIfKnown(ChatUser user)
    {
        var held = entries.HeldFor(user.Id);
        if (held.Count == 0) return [];
        var resolution = resolver.Resolve(new ChatContext(user, ConversationKind.Personal, null));
        return resolution.Practice is { } practice ? FileInto(user, practice.Id, held) : [];
    }

    /// <summary>Files the user's held entries into a practice they are staff of.</summary>
    public IReadOnlyList<Entry> FileInto(ChatUser user, string practiceId) => FileInto(user, practiceId, entries.HeldFor(user.Id));

    // Only the entries this call filed: another instance filing the same ones at once reports the rest.
    private List<Entry> FileInto(ChatUser user, string practiceId, IReadOnlyList<Entry> held)
    {
        var filed = new List<Entry>();
        foreach (var entry in held)
        {
            if (recorder.AssignToPractice(entry, practiceId, user)) filed.Add(entry);
        }
        return filed;
    }

    /// <summary>"I've filed 2 entries you logged earlier under Riverside Surgery: CALL-0003, REG-0001."</summary>
    public static string FiledText(IReadOnlyList<Entry> filed, string practiceName) =>
        $"I've filed {EntryCount.Text(filed.Count)} you logged earlier under {practiceName}: {string.Join(", ", filed.Select(e => e.Reference))}.";
}

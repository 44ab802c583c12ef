using CutoverBot.Core.Entries;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.Commands;

/// <summary>undo: removes the user's last entry if it was logged in the last 10 minutes.</summary>
internal sealed class UndoCommand(IEntryStore entries, EntryRecorder recorder, EntryAccess access, TimeProvider time) : IChatCommand
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    public static CommandInfo Definition { get; } = new("undo", "undo", "Remove the last entry you logged, within 10 minutes.");

    public CommandInfo Info => Definition;

    public ChatResponse Handle(ChatContext context, string arguments)
    {
        var last = entries.LastByAuthor(context.User.Id);
        if (last is null || !access.CanSee(context, last))
            return ChatResponse.Say("There's nothing of yours to undo here.");
        if (time.GetUtcNow() - last.LoggedAt > Window)
            return ChatResponse.Say($"Your last entry, {Name(last)}, was logged more than 10 minutes ago, so undo no longer applies. Type delete {Name(last)} to remove it.");
        recorder.Remove(last, context.User, AuditAction.Undone);
        return ChatResponse.Say($"Undone: I've removed {Name(last)} ({EntryCategoryInfo.For(last.Category).Label.ToLowerInvariant()}).") with { EntryChanged = last.Id };
    }

    private static string Name(Entry e) => e.Reference.Length > 0 ? e.Reference : "your last entry";
}

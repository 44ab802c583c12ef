using CutoverBot.Core.Entries;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.Commands;

/// <summary>delete &lt;ref&gt;: removes an entry (author or practice manager); it stays in the audit trail.</summary>
internal sealed class DeleteCommand(EntryAccess access, EntryRecorder recorder) : IChatCommand
{
    public static CommandInfo Definition { get; } = new("delete", "delete ‹reference›", "Remove an entry you logged (or, for the practice manager, any entry).");

    public CommandInfo Info => Definition;

    public ChatResponse Handle(ChatContext context, string arguments)
    {
        var reference = EntryReference.Read(arguments);
        if (reference is null) return ChatResponse.Say("Type delete and the entry's reference, for example delete CALL-0007.");
        var entry = access.FindByReference(context, reference);
        if (entry is null) return ChatResponse.Say($"I can't find {reference} among your practice's entries.");
        if (!access.CanChange(context, entry))
            return ChatResponse.Say($"Only the person who logged {reference} or the practice manager can delete it.");
        recorder.Remove(entry, context.User, AuditAction.Deleted);
        return ChatResponse.Say($"Deleted {entry.Reference}.") with { EntryChanged = entry.Id };
    }
}

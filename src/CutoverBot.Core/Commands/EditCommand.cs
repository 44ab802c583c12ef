using CutoverBot.Core.Entries;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.Commands;

/// <summary>edit &lt;ref&gt;: sends the prefilled form for an entry, always to personal chat.</summary>
internal sealed class EditCommand(EntryAccess access) : IChatCommand
{
    public static CommandInfo Definition { get; } = new("edit", "edit ‹reference›", "Get a form to complete or correct an entry, e.g. edit CALL-0007.");

    public CommandInfo Info => Definition;

    public ChatResponse Handle(ChatContext context, string arguments)
    {
        var reference = EntryReference.Read(arguments);
        if (reference is null) return ChatResponse.Say("Type edit and the entry's reference, for example edit CALL-0007.");
        var entry = access.FindByReference(context, reference);
        if (entry is null) return ChatResponse.Say($"I can't find {reference} among your practice's entries.");
        if (!access.CanChange(context, entry))
            return ChatResponse.Say($"Only the person who logged {reference} or the practice manager can change it.");
        if (entry.PatientPurgedAt is not null) return ChatResponse.Say($"{entry.Reference}: {PurgedDetails.Text(entry)} There is nothing left to edit.");
        return EntryReplies.Privately(context, EntryCards.Saved(entry, $"Edit {entry.Reference}"),
            $"I've sent the form for {entry.Reference} to you in a personal chat.");
    }
}

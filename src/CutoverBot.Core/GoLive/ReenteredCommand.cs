using CutoverBot.Core.Entries;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.GoLive;

/// <summary>reentered &lt;ref&gt;: confirms one entry re-entered (author or practice manager). The reply names the reference only.</summary>
internal sealed class ReenteredCommand(EntryAccess entryAccess, ReentryRecorder recorder) : IChatCommand
{
    public static CommandInfo Definition { get; } =
        new("reentered", "reentered ‹reference›", "Confirm you've re-entered an entry into the new system, e.g. reentered CALL-0007.");

    public CommandInfo Info => Definition;

    public ChatResponse Handle(ChatContext context, string arguments)
    {
        var reference = EntryReference.Read(arguments);
        if (reference is null) return ChatResponse.Say("Type reentered and the entry's reference, for example reentered CALL-0007, or reentered all for all of yours.");
        var entry = entryAccess.FindByReference(context, reference);
        if (entry is null) return ChatResponse.Say($"I can't find {reference} among your practice's entries.");
        if (!entryAccess.CanChange(context, entry))
            return ChatResponse.Say($"Only the person who logged {entry.Reference} or the practice manager can confirm it.");
        if (!recorder.Confirm(entry, context.User))
            return ChatResponse.Say($"{entry.Reference} was already {ReentryRecorder.DoneText(entry)}.");
        return ChatResponse.Say($"Marked {entry.Reference} re-entered. {recorder.ProgressText(entry.PracticeId, context.User)}") with { ReentryChangedFor = entry.PracticeId };
    }
}

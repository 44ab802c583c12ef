using CutoverBot.Core.Entries;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.GoLive;

/// <summary>not needed &lt;ref&gt; &lt;reason&gt;: marks an entry as not needing re-entry; the reason is required and kept.</summary>
internal sealed class NotNeededCommand(EntryAccess entryAccess, ReentryRecorder recorder) : IChatCommand
{
    public static CommandInfo Definition { get; } =
        new("not needed", "not needed ‹reference› ‹reason›", "Mark an entry as not needing re-entry, with the reason, e.g. not needed RX-0003 duplicate of RX-0002.");

    public const string UsageText = "Type not needed, the reference and why, for example: not needed RX-0003 duplicate of RX-0002.";

    public CommandInfo Info => Definition;

    public ChatResponse Handle(ChatContext context, string arguments)
    {
        var words = arguments.Split([' ', '\n'], 2, StringSplitOptions.RemoveEmptyEntries);
        var reference = words.Length > 0 ? EntryReference.Read(words[0]) : null;
        if (reference is null) return ChatResponse.Say(UsageText);
        var reason = words.Length > 1 ? words[1].Trim() : "";
        if (reason.Length == 0) return ChatResponse.Say($"Please say why {reference} isn't needed, for example: not needed {reference} duplicate entry. Nothing was changed.");
        if (reason.Length > ReentryRecorder.MaxReasonLength)
            return ChatResponse.Say($"Please keep the reason under {ReentryRecorder.MaxReasonLength} characters. Nothing was changed.");
        var entry = entryAccess.FindByReference(context, reference);
        if (entry is null) return ChatResponse.Say($"I can't find {reference} among your practice's entries.");
        if (!entryAccess.CanChange(context, entry))
            return ChatResponse.Say($"Only the person who logged {entry.Reference} or the practice manager can mark it not needed.");
        if (!recorder.MarkNotNeeded(entry, reason, context.User))
            return ChatResponse.Say($"{entry.Reference} was already {ReentryRecorder.DoneText(entry)}.");
        return ChatResponse.Say($"Marked {entry.Reference} not needed. {recorder.ProgressText(entry.PracticeId, context.User)}") with { ReentryChangedFor = entry.PracticeId };
    }
}

using System.Text.Json;
using CutoverBot.Core.Kernel;

namespace CutoverBot.Core.GoLive;

/// <summary>reentry.confirm: "Re-entered" on one entry of the user-specific view.</summary>
internal sealed class ReentryConfirmAction(GoLiveViews views, ReentryEntryReader reader, ReentryRecorder recorder) : ICardAction
{
    public const string Name = "reentry.confirm";

    public string Verb => Name;

    public CardActionResult Handle(ChatContext context, JsonElement data)
    {
        var (practice, entry, page, error) = reader.Read(context, data);
        if (error is not null) return error;
        var changed = recorder.Confirm(entry!, context.User);
        var status = changed ? $"Marked {entry!.Reference} re-entered." : $"{entry!.Reference} was already {ReentryRecorder.DoneText(entry)}.";
        return views.ViewResult(context, practice!, page, status) with { ReentryChangedFor = changed ? practice!.Id : null };
    }
}

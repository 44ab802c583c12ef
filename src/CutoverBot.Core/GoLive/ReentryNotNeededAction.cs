using System.Text.Json;
using CutoverBot.Core.Kernel;

namespace CutoverBot.Core.GoLive;

/// <summary>reentry.notNeeded: "Not needed" on one entry, with the reason typed in its box (required).</summary>
internal sealed class ReentryNotNeededAction(GoLiveViews views, ReentryEntryReader reader, ReentryRecorder recorder) : ICardAction
{
    public const string Name = "reentry.notNeeded";

    public string Verb => Name;

    public CardActionResult Handle(ChatContext context, JsonElement data)
    {
        var (practice, entry, page, error) = reader.Read(context, data);
        if (error is not null) return error;
        // The reason box is named after the entry (input ids must be unique in a card); "reason" is accepted too.
        var reason = (CardData.String(data, "reason-" + entry!.Id.ToString("N")) ?? CardData.String(data, "reason") ?? "").Trim();
        if (reason.Length == 0) return CardActionResult.BadRequest($"Please say why {entry.Reference} isn't needed: the reason is kept with the entry. Nothing was changed.");
        if (reason.Length > ReentryRecorder.MaxReasonLength)
            return CardActionResult.BadRequest($"Please keep the reason under {ReentryRecorder.MaxReasonLength} characters. Nothing was changed.");
        var changed = recorder.MarkNotNeeded(entry, reason, context.User);
        var status = changed ? $"Marked {entry.Reference} not needed." : $"{entry.Reference} was already {ReentryRecorder.DoneText(entry)}.";
        return views.ViewResult(context, practice!, page, status) with { ReentryChangedFor = changed ? practice!.Id : null };
    }
}

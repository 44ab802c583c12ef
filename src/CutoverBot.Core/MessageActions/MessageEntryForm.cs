using System.Text.Json;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Parsing;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.MessageActions;

/// <summary>Builds the "Log for re-entry" form: filled in from a message by the quick-entry parser, or as it was submitted.</summary>
internal static class MessageEntryForm
{
    public const string Template = "message-entry";

    public const string PrivacyText = "Only you can see this form, and saving it posts nothing to the conversation.";

    public static CardReply FromParsed(ParsedEntry parsed, IReadOnlyList<Practice> practices, TeamsMessage? source, IReadOnlyList<string> notices) =>
        new(Template, Base(practices, practices.Count == 1 ? practices[0].Id : "", source?.Id, SourceLink.Validate(source?.Link)) with
        {
            Notices = notices.Select(n => new NoticeRow(n)).ToList(),
            Category = EntryCategoryInfo.For(parsed.Category).Slug,
            PatientName = parsed.PatientName ?? "",
            DateOfBirth = UkFormat.IsoDate(parsed.DateOfBirth),
            NhsNumber = UkFormat.NhsNumber(parsed.NhsNumber),
            OccurredOn = UkFormat.IsoDate(parsed.OccurredOn),
            Ubrn = parsed.Ubrn ?? "",
            PrescriptionChannel = EntryFields.ChannelValue(parsed.PrescriptionChannel) ?? "",
            Details = parsed.Text,
        });

    /// <summary>The form again, as it came back, with what was wrong: nothing typed is lost by a refused save.</summary>
    public static CardReply Again(JsonElement data, IReadOnlyList<Practice> practices, string error)
    {
        var practiceId = Value(data, "practiceId", 200);
        var category = Value(data, EntryFields.Category, 40);
        return new(Template, Base(practices, practices.Any(p => p.Id == practiceId) ? practiceId : "", Value(data, "messageId", 200),
            SourceLink.Validate(Value(data, "link", SourceLink.MaxLength))) with
        {
            HasError = true,
            ErrorText = error,
            Category = EntryCategoryInfo.FromSlug(category) is { } info ? info.Slug : EntryCategoryInfo.For(EntryCategory.Other).Slug,
            PatientName = Value(data, EntryFields.PatientName, 200),
            DateOfBirth = Value(data, EntryFields.DateOfBirth, 40),
            NhsNumber = Value(data, EntryFields.NhsNumber, 40),
            OccurredOn = Value(data, EntryFields.OccurredOn, 40),
            Ubrn = Value(data, EntryFields.Ubrn, 40),
            PrescriptionChannel = Value(data, EntryFields.PrescriptionChannel, 20),
            Details = Value(data, EntryFields.Details, ChatLimits.MaxMessageLength),
        });
    }

    private static MessageEntryFormCardData Base(IReadOnlyList<Practice> practices, string practiceId, string? messageId, string? link) => new()
    {
        Title = MessageEntryFeature.FormTitle,
        PrivacyText = PrivacyText,
        Category = "",
        ShowPracticeChoice = practices.Count > 1,
        Practices = practices.Select(p => new EntryKindChoice(p.Id, p.Name)).ToList(),
        PracticeId = practiceId,
        MessageId = messageId is { Length: > 0 and <= 200 } id ? id : "",
        Link = link ?? "",
    };

    /// <summary>A text value of the submitted form, or empty when it is missing, not text or too long to be ours.</summary>
    public static string Value(JsonElement data, string key, int max) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String &&
        v.GetString() is { } s && s.Length <= max ? s : "";
}

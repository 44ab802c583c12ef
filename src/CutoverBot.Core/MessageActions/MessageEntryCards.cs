using CutoverBot.Core.Entries;
using CutoverBot.Core.Kernel;

namespace CutoverBot.Core.MessageActions;

/// <summary>The task module's answers about one entry: saved, already logged, or opened. Shown only to the person asking.</summary>
internal static class MessageEntryCards
{
    public const string SavedTemplate = "message-entry-saved";
    public const string FoundTemplate = "entry-found";

    public static CardReply Saved(Entry entry, string? link, string? notice) =>
        Full(entry, $"Saved {entry.Reference}", link,
            (notice is null ? "" : notice + " ") +
            $"Nothing was posted to the conversation. Write {entry.Reference} on any paper copy; to correct the entry later, type edit {entry.Reference} in a personal chat with me.");

    public static CardReply Opened(Entry entry, string? link) =>
        Full(entry, entry.Reference, link, $"To correct it, type edit {entry.Reference} in a personal chat with me.");

    /// <summary>The same message logged before: names the entry but shows no patient detail until it is opened.</summary>
    public static CardReply AlreadyLogged(Entry entry, string? link) => new(SavedTemplate, new MessageEntrySavedCardData
    {
        Title = $"This message is already logged as {entry.Reference}",
        Kind = EntryCategoryInfo.For(entry.Category).Label,
        Fields = [new FactData("Logged", UkFormat.LoggedAt(entry.LoggedAt) + " by " + entry.AuthorName), new FactData("Status", EntryCards.StatusText(entry.Status))],
        HasMissing = false,
        MissingText = "",
        NextStep = "I haven't saved it again, so it won't be re-entered twice. Open the entry to see or check it.",
        HasOpen = true,
        OpenTitle = $"Open {entry.Reference}",
        OpenEntryId = entry.Id.ToString("D"),
        HasLink = link is not null,
        Link = link ?? "",
        Reference = entry.Reference,
    });

    /// <summary>The card a search result inserts into a message: no patient details, since a channel may hold guests.</summary>
    public static CardReply Found(Entry entry) => new(FoundTemplate, new EntryFoundCardData(
        entry.Reference,
        EntryCategoryInfo.For(entry.Category).Label,
        EntryCards.StatusText(entry.Status),
        UkFormat.LoggedAt(entry.LoggedAt) + " by " + entry.AuthorName,
        "From CutoverBot's re-entry list. Patient details are kept out of this card."));

    private static CardReply Full(Entry entry, string title, string? link, string nextStep)
    {
        var p = entry.Patient;
        var fields = new List<FactData> { new("Logged", UkFormat.LoggedAt(entry.LoggedAt) + " by " + entry.AuthorName) };
        Add(fields, "Status", EntryCards.StatusText(entry.Status));
        Add(fields, "Patient", p.Name);
        Add(fields, "Date of birth", UkFormat.Date(p.DateOfBirth));
        Add(fields, "NHS number", UkFormat.NhsNumber(p.NhsNumber));
        Add(fields, "When", UkFormat.LongDate(entry.OccurredOn));
        Add(fields, "UBRN", entry.Ubrn);
        Add(fields, "Details", EntryCards.Shortened(p.Text));
        var missing = EntryCards.Missing(entry);
        return new CardReply(SavedTemplate, new MessageEntrySavedCardData
        {
            Title = title,
            Kind = EntryCategoryInfo.For(entry.Category).Label,
            Fields = fields,
            HasMissing = missing.Count > 0,
            MissingText = EntryCards.MissingText(missing),
            NextStep = nextStep,
            HasLink = link is not null,
            Link = link ?? "",
            Reference = entry.Reference,
            ShowsPatientDetails = true,
            EntryId = entry.Id.ToString("D"),
            PracticeId = entry.PracticeId,
        });
    }

    private static void Add(List<FactData> fields, string title, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) fields.Add(new FactData(title, value));
    }
}

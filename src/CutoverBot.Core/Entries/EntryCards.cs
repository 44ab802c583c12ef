
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Parsing;

namespace CutoverBot.Core.Entries;

/// <summary>Builds the card data for an entry. The channel card is built from non-patient fields only.</summary>
public static class EntryCards
{
    public const string SavedTemplate = "entry-saved";
    public const string ChannelTemplate = "entry-channel";
    public const string MyEntriesTemplate = "my-entries";
    public const string RemovedTemplate = "entry-removed";

    /// <summary>Details longer than this are shown cut on the entry card, with a button to show them all.</summary>
    public const int ShortDetailsLength = 300;

    public const string CompleteText = "Complete: it has every detail needed for re-entry.";

    public const string HeldText =
        "I don't know your practice yet, so this is kept for you without a reference. It gets one as soon as I know which practice it belongs to.";

    public const string NhsRejectedText =
        "The 10-digit number in your message failed the NHS number check, so I didn't save it as an NHS number. Please check it and add it below.";

    public const string ChannelReminder =
        "Reminder: guests may read this channel. Logging in a personal chat with CutoverBot keeps patient details out of it.";

    public static CardReply Saved(Entry entry, string title, bool nhsRejected = false, string? notice = null)
    {
        var missing = Missing(entry);
        var info = EntryCategoryInfo.For(entry.Category);
        var p = entry.Patient;
        var fields = new List<FactData> { new("Logged", UkFormat.LoggedAt(entry.LoggedAt) + " by " + entry.AuthorName) };
        Add(fields, "Patient details", PurgedDetails.Text(entry));
        Add(fields, "Patient", p.Name);
        Add(fields, "Date of birth", UkFormat.Date(p.DateOfBirth));
        Add(fields, "NHS number", UkFormat.NhsNumber(p.NhsNumber));
        Add(fields, "When", UkFormat.LongDate(entry.OccurredOn));
        Add(fields, "UBRN", entry.Ubrn);
        Add(fields, "Came in by", ChannelText(entry.PrescriptionChannel));
        Add(fields, "Details", Shortened(p.Text));
        return new CardReply(SavedTemplate, new EntrySavedCardData
        {
            Title = title,
            EntryId = entry.Id.ToString(),
            Reference = entry.Reference,
            Kind = info.Label,
            LoggedAt = UkFormat.LoggedAt(entry.LoggedAt),
            Fields = fields,
            HasMissing = missing.Count > 0,
            MissingText = MissingText(missing),
            NhsRejected = nhsRejected,
            NhsRejectedText = nhsRejected ? NhsRejectedText : "",
            HasLongDetails = Shortened(p.Text) != p.Text,
            DetailsFull = Shortened(p.Text) != p.Text ? p.Text! : "",
            HasNotice = notice is not null,
            NoticeText = notice ?? "",
            IsHeld = entry.PracticeId.Length == 0,
            HeldText = entry.PracticeId.Length == 0 ? HeldText : "",
            FormTitle = missing.Count > 0 ? "Complete the missing details" : "Correct details",
            PatientName = p.Name ?? "",
            DateOfBirth = UkFormat.IsoDate(p.DateOfBirth),
            NhsNumber = UkFormat.NhsNumber(p.NhsNumber),
            OccurredOn = UkFormat.IsoDate(entry.OccurredOn),
            Details = p.Text ?? "",
            ShowUbrn = entry.Category == EntryCategory.Referral || entry.Ubrn is not null,
            Ubrn = entry.Ubrn ?? "",
            ShowPrescriptionChannel = entry.Category == EntryCategory.Prescription,
            PrescriptionChannel = EntryFields.ChannelValue(entry.PrescriptionChannel) ?? "",
            Category = info.Slug,
            Kinds = EntryKindChoice.All,
            PracticeId = entry.PracticeId,
        });
    }

    /// <summary>The channel reply: reference, kind and what is missing; never a patient detail.</summary>
    public static CardReply Channel(Entry entry, string title, bool remind)
    {
        var missing = Missing(entry);
        return new(ChannelTemplate, new EntryChannelCardData
        {
            Title = title,
            Reference = entry.Reference,
            Kind = EntryCategoryInfo.For(entry.Category).Label,
            LoggedBy = entry.AuthorName,
            HasMissing = missing.Count > 0,
            MissingText = MissingText(missing),
            IsComplete = missing.Count == 0,
            CompleteText = missing.Count == 0 ? CompleteText : "",
            PrivateNote = "I've sent the details, and a form to complete or correct them, to " + entry.AuthorName + " in a personal chat.",
            ShowReminder = remind,
            ReminderText = remind ? ChannelReminder : "",
            EntryId = entry.Id.ToString(),
        });
    }

    /// <summary>
    /// What every posted card of an undone or deleted entry becomes: who removed it and when, and no buttons. Free of
    /// patient details, so it replaces the channel reply and the author's own card alike.
    /// </summary>
    public static CardReply Removed(Entry entry, EntryRemoval? removal, string nextStep = "If it is still needed, log it again.") =>
        new(RemovedTemplate, new EntryRemovedCardData
        {
            Title = RemovedTitle(entry, removal),
            Kind = EntryCategoryInfo.For(entry.Category).Label,
            LoggedBy = entry.AuthorName,
            RemovedText = (removal is null ? "" : $"Removed on {UkFormat.LoggedAt(removal.At)}. ") + "It is no longer on the list to re-enter.",
            NextStep = nextStep,
        });

    /// <summary>"CALL-0007 was removed (undone) by its author", or by whoever else removed it (the practice manager).</summary>
    public static string RemovedTitle(Entry entry, EntryRemoval? removal)
    {
        var name = entry.Reference.Length > 0 ? entry.Reference : "This entry";
        if (removal is null) return $"{name} was removed";
        var by = removal.ById == entry.AuthorId ? "its author" : removal.ByName;
        return $"{name} was removed ({removal.How}) by {by}";
    }

    public static MyEntryRow Row(Entry entry, DateOnly today)
    {
        var missing = Missing(entry);
        return new MyEntryRow(
            entry.Reference.Length > 0 ? entry.Reference : "(no reference yet)",
            EntryCategoryInfo.For(entry.Category).Label,
            entry.OccurredOn is { } d ? UkFormat.DayDate(d, today) : "date not given",
            entry.PatientPurgedAt is null ? entry.Patient.Name ?? "" : PurgedDetails.Note,
            StatusText(entry.Status),
            missing.Count > 0,
            MissingText(missing),
            entry.Id);
    }

    public static string StatusText(EntryStatus status) => status switch
    {
        EntryStatus.Reentered => "Re-entered",
        EntryStatus.NotNeeded => "Not needed",
        _ => "To re-enter",
    };

    /// <summary>What the entry still lacks, as staff are told it (empty when complete).</summary>
    public static IReadOnlyList<string> Missing(Entry entry) => EntryFields.MissingLabels(EntryCompleteness.Missing(entry));

    public static string MissingText(IReadOnlyList<string> missing) =>
        missing.Count == 0 ? "" : "Still needed: " + string.Join(", ", missing) + ".";

    private static string? ChannelText(PrescriptionChannel? channel) => channel switch
    {
        PrescriptionChannel.Phone => "Phone",
        PrescriptionChannel.Counter => "Counter",
        PrescriptionChannel.Other => "Other",
        _ => null,
    };

    /// <summary>The first part of long details, cut at a word where one is near, so a long note keeps the card short.</summary>
    public static string? Shortened(string? text)
    {
        if (text is null || text.Length <= ShortDetailsLength) return text;
        var cut = text.LastIndexOf(' ', ShortDetailsLength);
        return text[..(cut > ShortDetailsLength - 40 ? cut : ShortDetailsLength)].TrimEnd() + "…";
    }

    private static void Add(List<FactData> facts, string title, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) facts.Add(new FactData(title, value));
    }
}

using CutoverBot.Core.Cards;

namespace CutoverBot.Core.Entries;

/// <summary>Builds the card data for an entry. The channel card is built from non-patient fields only.</summary>
public static class EntryCards
{
    public const string SavedTemplate = "entry-saved";
    public const string ChannelTemplate = "entry-channel";
    public const string MyEntriesTemplate = "my-entries";

    public const string HeldText =
        "I don't know your practice yet, so this is kept for you without a reference. It gets one as soon as I know which practice it belongs to.";

    public const string NhsRejectedText =
        "The 10-digit number in your message failed the NHS number check, so I didn't save it as an NHS number. Please check it and add it below.";

    public const string ChannelReminder =
        "Reminder: guests may read this channel. Logging in a personal chat with CutoverBot keeps patient details out of it.";

    public static CardReply Saved(Entry entry, string title, bool nhsRejected = false)
    {
        var missing = Missing(entry);
        var info = EntryCategoryInfo.For(entry.Category);
        var p = entry.Patient;
        var fields = new List<FactData> { new("Logged", UkFormat.LoggedAt(entry.LoggedAt) + " by " + entry.AuthorName) };
        Add(fields, "Patient details", Retention.RetentionPolicy.PurgedText(entry));
        Add(fields, "Patient", p.Name);
        Add(fields, "Date of birth", UkFormat.Date(p.DateOfBirth));
        Add(fields, "NHS number", UkFormat.NhsNumber(p.NhsNumber));
        Add(fields, "When", UkFormat.LongDate(entry.OccurredOn));
        Add(fields, "UBRN", entry.Ubrn);
        Add(fields, "Came in by", ChannelText(entry.PrescriptionChannel));
        Add(fields, "Details", p.Text);
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
            PrivateNote = "I've sent the details, and a form to complete or correct them, to " + entry.AuthorName + " in a personal chat.",
            ShowReminder = remind,
            ReminderText = remind ? ChannelReminder : "",
        });
    }

    public static MyEntryRow Row(Entry entry, DateOnly today)
    {
        var missing = Missing(entry);
        return new MyEntryRow(
            entry.Reference.Length > 0 ? entry.Reference : "(no reference yet)",
            EntryCategoryInfo.For(entry.Category).Label,
            entry.OccurredOn is { } d ? UkFormat.DayDate(d, today) : "date not given",
            entry.PatientPurgedAt is null ? entry.Patient.Name ?? "" : Retention.RetentionPolicy.PurgedNote,
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

    private static void Add(List<FactData> facts, string title, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) facts.Add(new FactData(title, value));
    }
}

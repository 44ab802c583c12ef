namespace CutoverBot.Core.Entries;

/// <summary>Which of the details its kind needs an entry still lacks.</summary>
public static class EntryCompleteness
{
    public static RequiredFields Missing(Entry entry)
    {
        var required = EntryCategoryInfo.For(entry.Category).Required;
        var missing = RequiredFields.None;
        if (required.HasFlag(RequiredFields.PatientName) && string.IsNullOrWhiteSpace(entry.Patient.Name)) missing |= RequiredFields.PatientName;
        if (required.HasFlag(RequiredFields.DateOfBirth) && entry.Patient.DateOfBirth is null) missing |= RequiredFields.DateOfBirth;
        if (required.HasFlag(RequiredFields.OccurredOn) && entry.OccurredOn is null) missing |= RequiredFields.OccurredOn;
        if (required.HasFlag(RequiredFields.Ubrn) && string.IsNullOrWhiteSpace(entry.Ubrn)) missing |= RequiredFields.Ubrn;
        return missing;
    }
}

using CutoverBot.Core.Parsing;

namespace CutoverBot.Core.Entries;

/// <summary>Which of the details its kind needs an entry still lacks.</summary>
public static class EntryCompleteness
{
    public static RequiredFields Missing(Entry entry) => Missing(
        entry.Category, !string.IsNullOrWhiteSpace(entry.Patient.Name), entry.Patient.DateOfBirth is not null, entry.OccurredOn, !string.IsNullOrWhiteSpace(entry.Ubrn));

    /// <summary>The same from what is known about the details without opening them (the stored presence flags).</summary>
    public static RequiredFields Missing(EntryCategory category, bool hasName, bool hasDateOfBirth, DateOnly? occurredOn, bool hasUbrn)
    {
        var required = EntryCategoryInfo.For(category).Required;
        var missing = RequiredFields.None;
        if (required.HasFlag(RequiredFields.PatientName) && !hasName) missing |= RequiredFields.PatientName;
        if (required.HasFlag(RequiredFields.DateOfBirth) && !hasDateOfBirth) missing |= RequiredFields.DateOfBirth;
        if (required.HasFlag(RequiredFields.OccurredOn) && occurredOn is null) missing |= RequiredFields.OccurredOn;
        if (required.HasFlag(RequiredFields.Ubrn) && !hasUbrn) missing |= RequiredFields.Ubrn;
        return missing;
    }
}

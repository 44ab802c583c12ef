namespace CutoverBot.Core.Entries;

/// <summary>What users are told about an entry whose patient details were purged after the practice's retention period.</summary>
public static class PurgedDetails
{
    public const string Note = "Patient details removed after the practice's retention period";

    /// <summary>"Patient details removed on 07/06/2026 after the practice's retention period."</summary>
    public static string Text(Entry entry) =>
        entry.PatientPurgedAt is { } at ? $"{Note} (on {UkFormat.Date(LondonTime.DateOf(at))})." : "";
}

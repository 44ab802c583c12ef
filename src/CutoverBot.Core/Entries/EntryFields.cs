using CutoverBot.Core.Parsing;

namespace CutoverBot.Core.Entries;

/// <summary>Field names as the audit trail and the correction form know them.</summary>
public static class EntryFields
{
    public const string PatientName = "patientName";
    public const string DateOfBirth = "dateOfBirth";
    public const string NhsNumber = "nhsNumber";
    public const string Details = "details";
    public const string OccurredOn = "occurredOn";
    public const string Ubrn = "ubrn";
    public const string PrescriptionChannel = "prescriptionChannel";
    public const string Category = "category";
    public const string Practice = "practice";
    public const string Reference = "reference";

    /// <summary>A prescription route as the form, the audit trail, the cards and the CSV write it: phone, counter, other.</summary>
    public static string? ChannelValue(PrescriptionChannel? channel) => channel?.ToString().ToLowerInvariant();

    /// <summary>What a missing required field is called when telling staff.</summary>
    public static IReadOnlyList<string> MissingLabels(RequiredFields missing)
    {
        var labels = new List<string>();
        if (missing.HasFlag(RequiredFields.PatientName)) labels.Add("patient name");
        if (missing.HasFlag(RequiredFields.DateOfBirth)) labels.Add("date of birth");
        if (missing.HasFlag(RequiredFields.OccurredOn)) labels.Add("date it happened");
        if (missing.HasFlag(RequiredFields.Ubrn)) labels.Add("UBRN");
        return labels;
    }
}

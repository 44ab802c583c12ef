using CutoverBot.Core.Entries;

namespace CutoverBot.Core.Export;

/// <summary>Writes a practice's entries as the CSV the practice keeps for its records.</summary>
public static class EntryCsvWriter
{
    public const string Header = "reference,category,patient_name,date_of_birth,nhs_number,occurred_on,details,logged_by,logged_at,status,reentered_by,reentered_at";

    public static void Write(TextWriter writer, IEnumerable<Entry> entries) =>
        throw new NotImplementedException("lands with the entries work");
}

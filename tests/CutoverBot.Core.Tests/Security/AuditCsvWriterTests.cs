using CutoverBot.Core.Entries;

namespace CutoverBot.Core.Tests.Security;

public sealed class AuditCsvWriterTests
{
    private static string[] Lines(params AuditRecord[] records)
    {
        using var writer = new StringWriter();
        AuditCsvWriter.Write(writer, records);
        return writer.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public void Write_SummerInstant_LondonTimeDayFirst()
    {
        var lines = Lines(new AuditRecord { At = new DateTimeOffset(2026, 7, 1, 12, 5, 9, TimeSpan.Zero), Action = AuditAction.Viewed, UserId = "29:sam", UserName = "Sam", Reference = "CALL-0001", EntryId = Guid.NewGuid() });

        Assert.Equal(AuditCsvWriter.Header, lines[0]);
        Assert.StartsWith("01/07/2026 13:05:09,viewed,29:sam,Sam,,CALL-0001,1,", lines[1]);
    }

    [Fact]
    public void Write_PatientFieldChange_NamesTheFieldWithoutValues_OtherFieldsShowOldAndNew()
    {
        var line = Lines(new AuditRecord
        {
            Action = AuditAction.MarkedNotNeeded,
            Changes = [new AuditChange { Field = "patientName", IsPatientField = true }, new AuditChange { Field = "status", Old = "pending", New = "not_needed" }],
        })[1];

        Assert.Contains("marked-not-needed", line);
        Assert.Contains("patientName changed; status: pending -> not_needed", line);
    }

    [Fact]
    public void Write_UserNameLooksLikeAFormula_WrittenAsText()
    {
        var line = Lines(new AuditRecord { Action = AuditAction.Exported, UserName = "=HYPERLINK(\"x\")", References = ["CALL-0001", "REG-0002"], Count = 2 })[1];

        Assert.Contains("\"'=HYPERLINK(\"\"x\"\")\"", line);
        Assert.Contains(",2,CALL-0001 REG-0002,", line);
    }
}

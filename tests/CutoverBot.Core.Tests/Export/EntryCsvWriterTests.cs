using CutoverBot.Core.Entries;
using CutoverBot.Core.Parsing;

namespace CutoverBot.Core.Tests.Export;

public sealed class EntryCsvWriterTests
{
    private static string Write(params Entry[] entries)
    {
        using var writer = new StringWriter();
        EntryCsvWriter.Write(writer, entries);
        return writer.ToString();
    }

    private static Entry Call() => new()
    {
        Reference = "CALL-0007",
        Category = EntryCategory.Call,
        Patient = new PatientDetails { Name = "Margaret Evans", DateOfBirth = new DateOnly(1948, 2, 14), NhsNumber = "9434765919", Text = "wants to know if her bloods are back" },
        OccurredOn = new DateOnly(2026, 11, 25),
        AuthorName = "Sam Reception",
        LoggedAt = new DateTimeOffset(2026, 11, 26, 9, 15, 0, TimeSpan.Zero),
    };

    [Fact]
    public void Write_NoEntries_WritesExactlyTheHeader()
    {
        Assert.Equal("reference,category,patient_name,date_of_birth,nhs_number,occurred_on,details,logged_by,logged_at,status,reentered_by,reentered_at\r\n", Write());
    }

    [Fact]
    public void Write_Entry_UsesIsoDatesUtcTimesTenDigitNhsNumberAndSlug()
    {
        var line = Write(Call()).Split("\r\n")[1];

        Assert.Equal("CALL-0007,call,Margaret Evans,1948-02-14,9434765919,2026-11-25,wants to know if her bloods are back,Sam Reception,2026-11-26T09:15:00Z,pending,,", line);
    }

    [Fact]
    public void Write_LoggedAtWithOffset_IsWrittenInUtc()
    {
        var entry = Call();
        entry.LoggedAt = new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.FromHours(1));
        entry.Status = EntryStatus.Reentered;
        entry.ReenteredBy = "Alex Admin";
        entry.ReenteredAt = new DateTimeOffset(2026, 7, 2, 8, 30, 5, TimeSpan.FromHours(1));

        var cells = Write(entry).Split("\r\n")[1].Split(',');

        Assert.Equal(["2026-07-01T09:00:00Z", "reentered", "Alex Admin", "2026-07-02T07:30:05Z"], cells[8..]);
    }

    [Theory]
    [InlineData(EntryStatus.Pending, "pending")]
    [InlineData(EntryStatus.Reentered, "reentered")]
    [InlineData(EntryStatus.NotNeeded, "not_needed")]
    public void Write_Status_UsesTheStableWords(EntryStatus status, string expected) =>
        Assert.Equal(expected, EntryCsvWriter.Status(status));

    [Fact]
    public void Write_KindSpecificFields_GoIntoDetailsWithTheFreeText()
    {
        var referral = Call();
        referral.Category = EntryCategory.Referral;
        referral.Ubrn = "123456789012";
        referral.Patient.Text = "dermatology";
        var prescription = Call();
        prescription.Category = EntryCategory.Prescription;
        prescription.PrescriptionChannel = PrescriptionChannel.Phone;
        prescription.Patient.Text = null;

        var lines = Write(referral, prescription).Split("\r\n");

        Assert.Contains(",referral,", lines[1]);
        Assert.Contains(",UBRN 123456789012; dermatology,", lines[1]);
        Assert.Contains(",prescription,", lines[2]);
        Assert.Contains(",via phone,", lines[2]);
    }

    [Fact]
    public void Write_CommasQuotesAndLineBreaks_AreQuotedPerRfc4180()
    {
        var entry = Call();
        entry.Patient.Name = "O'Brien, \"Pat\"";
        entry.Patient.Text = "line one\nline two";

        var csv = Write(entry);

        Assert.Contains(",\"O'Brien, \"\"Pat\"\"\",", csv);
        Assert.Contains(",\"line one\nline two\",", csv);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+44 7700", "'+44 7700")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    public void Write_CellStartingLikeAFormula_GetsALeadingApostrophe(string text, string cell)
    {
        var entry = Call();
        entry.Patient.Text = text;

        Assert.Contains("," + cell + ",", Write(entry));
    }
}

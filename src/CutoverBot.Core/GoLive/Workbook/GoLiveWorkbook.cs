using CutoverBot.Core.Entries;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using CutoverBot.Core.Parsing;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.GoLive.Workbook;

/// <summary>
/// The go-live workbook (XLSX) the practice keeps: a Summary sheet, then one sheet per kind of entry with every
/// entry of that kind, in the CSV's columns. Built from the same <see cref="GoLiveSummary"/> as the go-live card.
/// </summary>
public static class GoLiveWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string SummarySheet = "Summary";

    public static readonly IReadOnlyList<string> EntryColumns =
    [
        "Reference", "Patient name", "Date of birth", "NHS number", "Occurred on", "Details",
        "Logged by", "Logged at", "Status", "Re-entered by", "Re-entered at", "Reason",
    ];

    /// <summary>The columns of the channel copy: nothing that identifies a patient (the reason and details are free text).</summary>
    public static readonly IReadOnlyList<string> ReferenceColumns =
    [
        "Reference", "Occurred on", "Logged by", "Logged at", "Status", "Re-entered by", "Re-entered at",
    ];

    public static byte[] Write(GoLiveSummary summary, DateTimeOffset generatedAt, bool withPatientDetails = true)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook(new Sheets());
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = WorkbookStyles.Create();
            AddSheet(workbookPart, SummarySheet, data => WriteSummary(new SheetBuilder(data), summary, generatedAt));
            foreach (var group in summary.Entries.GroupBy(e => e.Category).OrderBy(g => g.Key))
                AddSheet(workbookPart, SheetName(group.Key), data =>
                {
                    if (withPatientDetails) WriteEntries(new SheetBuilder(data), group);
                    else WriteReferences(new SheetBuilder(data), group);
                });
            workbookPart.Workbook.Save();
        }
        return stream.ToArray();
    }

    /// <summary>The sheet that holds a kind of entry: its label (Excel allows 31 characters and no []:*?/\).</summary>
    public static string SheetName(EntryCategory category)
    {
        var label = new string(EntryCategoryInfo.For(category).Label.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\')).ToArray());
        return label.Length > 31 ? label[..31] : label;
    }

    private static void AddSheet(WorkbookPart workbookPart, string name, Action<SheetData> write)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        write(data);
        part.Worksheet = new Worksheet(data);
        var sheets = workbookPart.Workbook.Sheets!;
        sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = (uint)sheets.Count() + 1, Name = name });
    }

    private static void WriteSummary(SheetBuilder sheet, GoLiveSummary s, DateTimeOffset generatedAt)
    {
        var p = s.Practice;
        sheet.Text("CutoverBot go-live workbook", bold: true).EndRow();
        sheet.Text("Practice").Text(p.Name).EndRow();
        sheet.Text("ODS code").Text(p.OdsCode).EndRow();
        sheet.Text("FDP").Date(p.FdpDate).EndRow();
        sheet.Text("Go-live").Date(p.GoLiveDate).EndRow();
        sheet.Text("Legacy access ends").Date(GoLiveDates.LegacyAccessEnds(p)).EndRow();
        sheet.Text("Generated").DateTime(generatedAt).EndRow();
        sheet.Gap();
        Header(sheet, "Kind");
        foreach (var c in s.Categories) Counts(sheet, c.Label, c.Counts);
        Counts(sheet, "All entries", s.Counts, bold: true);
        sheet.Gap();
        Header(sheet, "Logged by");
        foreach (var person in s.People) Counts(sheet, person.Name, person.Counts);
    }

    private static void Header(SheetBuilder sheet, string first) =>
        sheet.Text(first, bold: true).Text("Total", bold: true).Text("Re-entered", bold: true).Text("Not needed", bold: true)
            .Text("Still to re-enter", bold: true).EndRow();

    private static void Counts(SheetBuilder sheet, string label, ProgressCounts counts, bool bold = false) =>
        sheet.Text(label, bold).Number(counts.Total).Number(counts.Reentered).Number(counts.NotNeeded).Number(counts.Pending).EndRow();

    private static void WriteEntries(SheetBuilder sheet, IEnumerable<Entry> entries)
    {
        foreach (var column in EntryColumns) sheet.Text(column, bold: true);
        sheet.EndRow();
        foreach (var e in entries)
        {
            sheet.Text(e.Reference).Text(e.Patient.Name).Date(e.Patient.DateOfBirth).Text(e.Patient.NhsNumber).Date(e.OccurredOn)
                .Text(EntryCsvWriter.Details(e)).Text(e.AuthorName).DateTime(e.LoggedAt).Text(EntryCsvWriter.Status(e.Status))
                .Text(e.ReenteredBy).DateTime(e.ReenteredAt).Text(e.Patient.NotNeededReason).EndRow();
        }
    }

    private static void WriteReferences(SheetBuilder sheet, IEnumerable<Entry> entries)
    {
        foreach (var column in ReferenceColumns) sheet.Text(column, bold: true);
        sheet.EndRow();
        foreach (var e in entries)
        {
            sheet.Text(e.Reference).Date(e.OccurredOn).Text(e.AuthorName).DateTime(e.LoggedAt).Text(EntryCsvWriter.Status(e.Status))
                .Text(e.ReenteredBy).DateTime(e.ReenteredAt).EndRow();
        }
    }
}

using System.Globalization;
using CutoverBot.Core.Entries;
using CutoverBot.Core.GoLive.Workbook;
using CutoverBot.Core.GoLive;
using CutoverBot.Core.Parsing;
using static CutoverBot.Core.Tests.TestBot;

namespace CutoverBot.Core.Tests.GoLive;

public sealed class GoLiveWorkbookTests : IDisposable
{
    private readonly GoLiveHarness _h = new();

    public void Dispose() => _h.Dispose();

    private void SeedPractice()
    {
        _h.Call(Sam, "Margaret Evans");
        _h.Call(Sam, "Second Call", EntryStatus.Reentered);
        _h.Seed(Alex, EntryCategory.Registration, "Tomasz Nowak", new DateOnly(1990, 8, 22));
        _h.Seed(Alex, EntryCategory.Prescription, "Alan Reid", occurredOn: GoLiveHarness.GoLive.AddDays(-2), route: PrescriptionChannel.Phone, status: EntryStatus.NotNeeded);
        _h.Seed(Alex, EntryCategory.Referral, "Priya Shah", ubrn: "123456789012");
    }

    private WorkbookReader Read(GoLiveSummary summary) => new(GoLiveWorkbook.Write(summary, _h.Bot.Time.GetUtcNow()));

    [Fact]
    public void Write_Practice_SummarySheetThenOneSheetPerKindWithCsvColumns()
    {
        SeedPractice();

        var book = Read(_h.Summary());

        Assert.Equal(["Summary", "Phone call", "New registration", "Prescription request", "Referral"], book.Sheets.Keys);
        foreach (var sheet in book.Sheets.Keys.Skip(1))
            Assert.Equal(GoLiveWorkbook.EntryColumns, book.Sheets[sheet][0].Select(c => c.Text));
        var call = book.Sheets["Phone call"][1];
        Assert.Equal(["CALL-0001", "Margaret Evans"], call.Take(2).Select(c => c.Text));
        Assert.Equal(164u, call[2].NumberFormatId);
        Assert.Equal(new DateOnly(1948, 2, 14), DateOnly.FromDateTime(DateTime.FromOADate(double.Parse(call[2].Text, CultureInfo.InvariantCulture))));
        Assert.Equal("9434765919", call[3].Text);
        Assert.Equal("pending", call[8].Text);
        Assert.Equal("UBRN 123456789012", book.Sheets["Referral"][1][5].Text);
    }

    [Fact]
    public void Write_ChannelCopy_ReferencesAndProgressButNoPatientDetails()
    {
        SeedPractice();
        var summary = _h.Summary();

        var book = new WorkbookReader(GoLiveWorkbook.Write(summary, _h.Bot.Time.GetUtcNow(), withPatientDetails: false));

        var cells = book.Sheets.Values.SelectMany(rows => rows).SelectMany(r => r).Select(c => c.Text).ToList();
        foreach (var value in new[] { "Margaret Evans", "Tomasz Nowak", "Alan Reid", "Priya Shah", "9434765919", "UBRN 123456789012" })
            Assert.DoesNotContain(cells, c => c.Contains(value, StringComparison.Ordinal));
        Assert.DoesNotContain(cells, c => c == new DateOnly(1990, 8, 22).ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture));
        Assert.Equal(GoLiveWorkbook.ReferenceColumns, book.Sheets["Phone call"][0].Select(c => c.Text));
        Assert.Equal("CALL-0001", book.Sheets["Phone call"][1][0].Text);
        Assert.Equal(Read(summary).Sheets["Summary"].Select(r => r.Select(c => c.Text)), book.Sheets["Summary"].Select(r => r.Select(c => c.Text)));
    }

    [Fact]
    public void Write_SummarySheet_PracticeDatesAndCountsByKindAndPerson()
    {
        SeedPractice();

        var rows = Read(_h.Summary()).Sheets["Summary"].Select(r => r.Select(c => c.Text).ToList()).ToList();

        Assert.Contains(rows, r => r.SequenceEqual(["Practice", "Riverside Surgery"]));
        Assert.Contains(rows, r => r.SequenceEqual(["ODS code", "Y12345"]));
        Assert.Contains(rows, r => r.SequenceEqual(["Phone call", "2", "1", "0", "1"]));
        Assert.Contains(rows, r => r.SequenceEqual(["All entries", "5", "1", "1", "3"]));
        Assert.Contains(rows, r => r.SequenceEqual(["Alex Admin", "3", "0", "1", "2"]));
        Assert.Contains(rows, r => r.SequenceEqual(["Sam Reception", "2", "1", "0", "1"]));
    }

    [Fact]
    public void Export_CardWorkbookAndCsv_CountsAgree()
    {
        SeedPractice();
        _h.Seed(Both, EntryCategory.Other, text: "fax out of paper");
        var summary = _h.Summary();

        var book = Read(summary);
        var csv = System.Text.Encoding.UTF8.GetString(ExportFiles.Csv(summary).Content).TrimStart('\uFEFF');
        var card = (GoLiveCardData)GoLiveCards.Card(summary).Data;

        var csvRows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.Equal(summary.Counts.Total, csvRows.Count);
        Assert.Equal(summary.Counts.Total, book.Sheets.Where(s => s.Key != "Summary").Sum(s => s.Value.Count - 1));
        foreach (var category in summary.Categories)
        {
            Assert.Equal(category.Counts.Total, book.Sheets[GoLiveWorkbook.SheetName(category.Category)].Count - 1);
            Assert.Equal(category.Counts.Total, csvRows.Count(r => r.Split(',')[1] == EntryCategoryInfo.For(category.Category).Slug));
            Assert.Contains(card.Categories, f => f.Title == category.Label && f.Value == category.Counts.Text);
        }
        Assert.Equal(summary.Counts.Pending, csvRows.Count(r => r.Contains(",pending,", StringComparison.Ordinal)));
        Assert.Contains($"{summary.Counts.Done} of {summary.Counts.Total}", card.ProgressText);
    }

    [Fact]
    public void Write_FormulaLikeText_StaysTextAndIsQuoted()
    {
        _h.Seed(Sam, EntryCategory.Other, name: "=HYPERLINK(\"http://x\")", text: "+44 7700 900123");

        var row = Read(_h.Summary()).Sheets["Note"][1];

        Assert.All(row.Where(c => c.IsText), c => Assert.False(c.HasFormula));
        Assert.True(row[1].IsText && row[1].QuotePrefix);
        Assert.Equal("=HYPERLINK(\"http://x\")", row[1].Text);
        Assert.True(row[5].QuotePrefix);
        Assert.False(row[0].QuotePrefix);
    }

    [Fact]
    public void Write_ControlCharactersInText_StillAValidWorkbook()
    {
        _h.Seed(Sam, EntryCategory.Other, text: "bell\u0007 and null\u0000 gone");

        Assert.Equal("bell and null gone", Read(_h.Summary()).Sheets["Note"][1][5].Text);
    }

    [Fact]
    public void Write_NoEntries_OnlyTheSummarySheet()
    {
        Assert.Equal(["Summary"], Read(_h.Summary()).Sheets.Keys);
    }

    [Fact]
    public void Csv_SameEntriesAsTheCliExport()
    {
        SeedPractice();
        var summary = _h.Summary();
        var expected = new StringWriter();
        EntryCsvWriter.Write(expected, _h.Bot.Entries.ForPractice(Riverside));

        Assert.Equal(expected.ToString(), System.Text.Encoding.UTF8.GetString(ExportFiles.Csv(summary).Content).TrimStart('\uFEFF'));
    }
}

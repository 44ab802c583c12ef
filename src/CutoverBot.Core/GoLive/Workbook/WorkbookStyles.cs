using DocumentFormat.OpenXml.Spreadsheet;

namespace CutoverBot.Core.GoLive.Workbook;

/// <summary>The few cell styles the workbook uses, by their index in the stylesheet.</summary>
internal static class WorkbookStyles
{
    public const uint Default = 0;
    public const uint Date = 1;
    public const uint DateTime = 2;
    public const uint Bold = 3;
    /// <summary>Text Excel must never read as a formula, even once someone edits the cell (its quotePrefix is the xlsx apostrophe).</summary>
    public const uint QuotedText = 4;

    public static Stylesheet Create() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "dd/mm/yyyy" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "dd/mm/yyyy hh:mm" }) { Count = 2 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true },
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { QuotePrefix = true }) { Count = 5 });
}

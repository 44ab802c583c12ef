using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CutoverBot.Core.Tests.GoLive;

/// <summary>Reads a workbook back: each sheet's rows as cells, the way a spreadsheet would show their values.</summary>
internal sealed class WorkbookReader
{
    public WorkbookReader(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbookPart = document.WorkbookPart!;
        var formats = workbookPart.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<CellFormat>().ToList();
        foreach (var sheet in workbookPart.Workbook!.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbookPart.GetPartById(sheet.Id!.Value!);
            Sheets[sheet.Name!.Value!] = part.Worksheet!.GetFirstChild<SheetData>()!.Elements<Row>()
                .Select(r => r.Elements<Cell>().Select(c => Read(c, formats)).ToList()).ToList();
        }
    }

    /// <summary>Sheet name to rows, in order.</summary>
    public Dictionary<string, List<List<WorkbookCell>>> Sheets { get; } = [];

    private static WorkbookCell Read(Cell cell, List<CellFormat> formats)
    {
        var format = formats[(int)(cell.StyleIndex?.Value ?? 0)];
        var text = cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? "";
        return new WorkbookCell(text, cell.DataType?.Value == CellValues.InlineString, format.NumberFormatId?.Value ?? 0,
            format.QuotePrefix?.Value ?? false, cell.CellFormula is not null);
    }
}

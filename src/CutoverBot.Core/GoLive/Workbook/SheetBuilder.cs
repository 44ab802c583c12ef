using System.Globalization;
using System.Xml;
using CutoverBot.Core.Entries;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CutoverBot.Core.GoLive.Workbook;

/// <summary>Adds rows of typed cells to a sheet: text, numbers, UK dates and London date-times.</summary>
internal sealed class SheetBuilder(SheetData data)
{
    private const int MaxCellText = 32_767;
    private readonly List<Cell> _cells = [];
    private uint _row;

    public SheetBuilder Text(string? value, bool bold = false)
    {
        var text = Clean(value ?? "");
        // Inline strings are never evaluated; quotePrefix keeps a leading = + - @ as text even when someone edits the cell.
        var style = bold ? WorkbookStyles.Bold : text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? WorkbookStyles.QuotedText : WorkbookStyles.Default;
        return Add(new Cell(new InlineString(new Text(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }))
        {
            DataType = CellValues.InlineString,
            StyleIndex = style,
        });
    }

    public SheetBuilder Number(int value) =>
        Add(new Cell(new CellValue(value.ToString(CultureInfo.InvariantCulture))) { DataType = CellValues.Number });

    public SheetBuilder Date(DateOnly? value) => value is { } d
        ? Add(Serial(d.ToDateTime(TimeOnly.MinValue), WorkbookStyles.Date))
        : Text("");

    /// <summary>An instant as the London wall-clock time staff saw.</summary>
    public SheetBuilder DateTime(DateTimeOffset? value) => value is { } at
        ? Add(Serial(LondonTime.ToLondon(at).DateTime, WorkbookStyles.DateTime))
        : Text("");

    public SheetBuilder EndRow()
    {
        _row++;
        var row = new Row { RowIndex = _row };
        for (var i = 0; i < _cells.Count; i++)
        {
            _cells[i].CellReference = Column(i) + _row.ToString(CultureInfo.InvariantCulture);
            row.Append(_cells[i]);
        }
        data.Append(row);
        _cells.Clear();
        return this;
    }

    /// <summary>A blank row, to separate blocks.</summary>
    public SheetBuilder Gap() => EndRow();

    private SheetBuilder Add(Cell cell)
    {
        _cells.Add(cell);
        return this;
    }

    private static Cell Serial(System.DateTime value, uint style) =>
        new(new CellValue(value.ToOADate().ToString("0.##########", CultureInfo.InvariantCulture))) { StyleIndex = style };

    private static string Column(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    // XML cannot carry most control characters, and Excel refuses a cell over 32,767 characters.
    private static string Clean(string text)
    {
        var kept = new string(text.Where(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c)).ToArray());
        return kept.Length > MaxCellText ? kept[..MaxCellText] : kept;
    }
}

using System.Globalization;
using System.Text;
using CutoverBot.Core.Entries;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Practices;

namespace CutoverBot.Core.GoLive.Workbook;

/// <summary>The go-live workbook and the CSV as files to hand over, named after the practice and the day.</summary>
public static class ExportFiles
{
    public const string CsvContentType = "text/csv";

    /// <summary>cutover-&lt;ODS code, else the practice's name&gt;-&lt;yyyy-MM-dd&gt;, safe as a file name anywhere.</summary>
    public static string BaseName(Practice practice, DateOnly date)
    {
        var key = !string.IsNullOrWhiteSpace(practice.OdsCode) ? practice.OdsCode : practice.Name;
        var slug = new StringBuilder();
        foreach (var c in key.Trim().ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        var name = slug.ToString().Trim('-');
        if (name.Length > 40) name = name[..40].TrimEnd('-');
        return $"cutover-{(name.Length > 0 ? name : "practice")}-{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
    }

    /// <summary>
    /// The full workbook for the manager, and as its channel copy the same workbook with references, kinds, dates and
    /// progress but no patient name, date of birth, NHS number or free text: the channel's Files are open to guests.
    /// </summary>
    public static FileReply Workbook(GoLiveSummary summary, DateTimeOffset generatedAt)
    {
        var name = BaseName(summary.Practice, summary.Today);
        return new(name + ".xlsx", GoLiveWorkbook.ContentType, GoLiveWorkbook.Write(summary, generatedAt))
        {
            PracticeId = summary.Practice.Id,
            ChannelCopy = new(name + "-references-only.xlsx", GoLiveWorkbook.ContentType,
                GoLiveWorkbook.Write(summary, generatedAt, withPatientDetails: false)) { PracticeId = summary.Practice.Id },
        };
    }

    /// <summary>
    /// The CSV of the quick-entries issue, with a byte order mark so Excel reads accented names correctly. It is all
    /// patient details, so it never goes to the channel.
    /// </summary>
    public static FileReply Csv(GoLiveSummary summary)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
            EntryCsvWriter.Write(writer, summary.Entries);
        return new FileReply(BaseName(summary.Practice, summary.Today) + ".csv", CsvContentType, stream.ToArray()) { PracticeId = summary.Practice.Id };
    }
}

using CutoverBot.Core;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using CutoverBot.Core.Parsing;

namespace CutoverBot.Tests.Infrastructure;

/// <summary>
/// Every patient value the integration suite has typed or submitted, as the bot would read it, in the forms it could
/// come out in (an NHS number with and without spaces, a date of birth several ways). <see cref="LogCapture"/> checks
/// each log line against it. Shared by the whole suite: a value typed in one test must not be logged by any host.
/// </summary>
public static class PatientValues
{
    /// <summary>Free text shorter than this is too likely to appear in a log by chance ("seen", "bloods").</summary>
    public const int MinTextLength = 16;

    private static readonly ConcurrentDictionary<string, byte> Values = new(StringComparer.OrdinalIgnoreCase);

    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "MM/dd/yyyy", "yyyy-MM-dd", "dd.MM.yyyy", "d MMM yyyy", "d MMMM yyyy"];

    public static IReadOnlyCollection<string> All => Values.Keys.ToList();

    /// <summary>Runs the real parser over a message the way the router would (commands are not quick entries) and registers what it finds.</summary>
    public static void RegisterMessage(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        var words = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (CutoverFeatures.CommandNames.Any(c => StartsWith(words, c))) return;
        ParsedEntry? parsed;
        try
        {
            parsed = EntryParser.Parse(text, DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime));
        }
        catch (Exception)
        {
            return;
        }
        if (parsed is null) return;
        RegisterName(parsed.PatientName);
        RegisterDate(parsed.DateOfBirth);
        RegisterNhsNumber(parsed.NhsNumber);
        RegisterUbrn(parsed.Ubrn);
        RegisterText(parsed.Text);
    }

    /// <summary>The patient fields of a submitted correction form (entry.complete), as typed.</summary>
    public static void RegisterForm(JsonObject data)
    {
        RegisterName(Text(data, "patientName"));
        if (DateOnly.TryParseExact(Text(data, "dateOfBirth") ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var dob)) RegisterDate(dob);
        var nhs = new string((Text(data, "nhsNumber") ?? "").Where(char.IsAsciiDigit).ToArray());
        if (nhs.Length == 10) RegisterNhsNumber(nhs);
        RegisterUbrn(new string((Text(data, "ubrn") ?? "").Where(char.IsAsciiDigit).ToArray()));
        RegisterText(Text(data, "details"));
    }

    public static void RegisterName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length < 4) return;
        Values.TryAdd(name.Trim(), 0);
        // A surname alone is as identifying in a log line as the full name.
        if (name.Trim().Split(' ')[^1] is { Length: >= 4 } surname) Values.TryAdd(surname, 0);
    }

    public static void RegisterDate(DateOnly? dob)
    {
        if (dob is not { } d) return;
        foreach (var format in DateFormats) Values.TryAdd(d.ToString(format, CultureInfo.InvariantCulture), 0);
    }

    public static void RegisterNhsNumber(string? digits)
    {
        if (digits is not { Length: 10 }) return;
        Values.TryAdd(digits, 0);
        Values.TryAdd($"{digits[..3]} {digits[3..6]} {digits[6..]}", 0);
        Values.TryAdd($"{digits[..3]}-{digits[3..6]}-{digits[6..]}", 0);
    }

    /// <summary>A UBRN identifies the patient's referral: twelve digits, and as staff space them.</summary>
    public static void RegisterUbrn(string? digits)
    {
        if (digits is not { Length: 12 }) return;
        Values.TryAdd(digits, 0);
        Values.TryAdd($"{digits[..4]} {digits[4..8]} {digits[8..]}", 0);
    }

    public static void RegisterText(string? text)
    {
        if (text is { Length: >= MinTextLength }) Values.TryAdd(text.Trim(), 0);
    }

    /// <summary>The registered values this line contains, as values of their own.</summary>
    public static IEnumerable<string> FoundIn(string line) => Values.Keys.Where(v => Occurs(line, v));

    // Inside a longer run of letters or digits a value is not that value: Kestrel's random request ids
    // ("0HNQBNN17HART") hold a registered surname now and then, which failed the suite by chance.
    private static bool Occurs(string line, string value)
    {
        for (var at = line.IndexOf(value, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = line.IndexOf(value, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (!Joins(line, at - 1, value[0]) && !Joins(line, at + value.Length, value[^1])) return true;
        }
        return false;
    }

    private static bool Joins(string line, int index, char edge) =>
        index >= 0 && index < line.Length && (char.IsLetter(edge) ? char.IsLetterOrDigit(line[index]) : char.IsDigit(edge) && char.IsDigit(line[index]));

    private static bool StartsWith(string[] words, string command)
    {
        var name = command.Split(' ');
        return words.Length >= name.Length && name.Select((w, i) => string.Equals(w, words[i].TrimEnd('.', '!', '?', ',', ':', ';'), StringComparison.OrdinalIgnoreCase)).All(m => m);
    }

    private static string? Text(JsonObject data, string key) => data[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}

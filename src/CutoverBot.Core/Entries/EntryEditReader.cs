using System.Text.Json;
using CutoverBot.Core.Kernel;
using CutoverBot.Core.Parsing;

namespace CutoverBot.Core.Entries;

/// <summary>
/// Reads the correction form's values from card data, which may be forged, missing or of the wrong type.
/// Returns an error a member of staff understands instead of throwing; messages never repeat a patient value.
/// </summary>
public static class EntryEditReader
{
    private const int MaxName = 200;
    // As long as a message can be: a 4,000-character note must still be correctable from its own form.
    private const int MaxDetails = ChatLimits.MaxMessageLength;

    public static bool TryRead(JsonElement data, DateOnly today, out EntryEdit edit, out string error)
    {
        edit = new EntryEdit();
        error = "";
        if (data.ValueKind != JsonValueKind.Object) { error = "The form's data was missing."; return false; }

        if (!Text(data, EntryFields.PatientName, MaxName, "name", out var name, ref error)) return false;
        if (!Text(data, EntryFields.Details, MaxDetails, "details", out var details, ref error)) return false;
        if (!Text(data, EntryFields.DateOfBirth, 40, "date of birth", out var dob, ref error)) return false;
        if (!Text(data, EntryFields.NhsNumber, 40, "NHS number", out var nhs, ref error)) return false;
        if (!Text(data, EntryFields.OccurredOn, 40, "date it happened", out var occurred, ref error)) return false;
        if (!Text(data, EntryFields.Ubrn, 40, "UBRN", out var ubrn, ref error)) return false;
        if (!Text(data, EntryFields.PrescriptionChannel, 20, "how the request came in", out var channel, ref error)) return false;
        if (!Text(data, EntryFields.Category, 40, "kind", out var kind, ref error)) return false;

        var result = new EntryEdit
        {
            PatientName = name is null ? null : new(Blank(name)),
            Details = details is null ? null : new(Blank(details)),
        };

        if (dob is not null)
        {
            if (!Date(dob, today, "date of birth", out var d, ref error)) return false;
            result = result with { DateOfBirth = new(d) };
        }
        if (occurred is not null)
        {
            if (!Date(occurred, today, "date it happened", out var d, ref error)) return false;
            result = result with { OccurredOn = new(d) };
        }
        if (nhs is not null)
        {
            string? digits = null;
            if (Blank(nhs) is not null && !NhsNumber.TryParse(nhs, out digits))
            {
                error = "That NHS number does not pass the NHS number check (10 digits with a valid check digit). Nothing was changed: please check it and submit again.";
                return false;
            }
            result = result with { NhsNumber = new(string.IsNullOrEmpty(digits) ? null : digits) };
        }
        if (ubrn is not null)
        {
            var compact = ubrn.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
            if (compact.Length > 0 && (compact.Length != 12 || !compact.All(char.IsAsciiDigit)))
            {
                error = "A UBRN is 12 digits. Nothing was changed: please check it and submit again.";
                return false;
            }
            result = result with { Ubrn = new(compact.Length == 0 ? null : compact) };
        }
        if (channel is not null)
        {
            PrescriptionChannel? c = Blank(channel)?.ToLowerInvariant() switch
            {
                null => null,
                "phone" => CutoverBot.Core.Parsing.PrescriptionChannel.Phone,
                "counter" => CutoverBot.Core.Parsing.PrescriptionChannel.Counter,
                "other" => CutoverBot.Core.Parsing.PrescriptionChannel.Other,
                _ => (PrescriptionChannel)(-1),
            };
            if (c is (PrescriptionChannel)(-1)) { error = "How the request came in must be phone, counter or other."; return false; }
            result = result with { PrescriptionChannel = new(c) };
        }
        if (Blank(kind ?? "") is { } slug)
        {
            if (EntryCategoryInfo.FromSlug(slug) is not { } info) { error = "The kind must be one of the kinds in the list."; return false; }
            result = result with { Category = new(info.Category) };
        }
        edit = result;
        return true;
    }

    public const string BirthAfterEventText =
        "The date of birth is after the day this happened. Nothing was changed: please check both dates and submit again.";

    // Absent keys leave the field alone; present ones must be text (Teams sends every input value as a string).
    private static bool Text(JsonElement data, string key, int max, string label, out string? value, ref string error)
    {
        value = null;
        if (!data.TryGetProperty(key, out var element) || element.ValueKind == JsonValueKind.Null) return true;
        if (element.ValueKind != JsonValueKind.String) { error = $"The {label} must be text."; return false; }
        value = element.GetString() ?? "";
        if (value.Length > max) { error = $"The {label} is too long (at most {max:N0} characters)."; return false; }
        return true;
    }

    private static bool Date(string text, DateOnly today, string label, out DateOnly? date, ref string error)
    {
        date = null;
        if (Blank(text) is null) return true;
        if (!FormDate.TryParse(text, out var d))
        {
            error = FormDate.IsImpossible(text)
                ? $"The {label} isn't a real date: there is no such day. Nothing was changed: please check it and submit again."
                : $"I couldn't read the {label}. Please use the date picker or type it day first, like 14/02/1948.";
            return false;
        }
        if (d > today)
        {
            error = $"The {label} can't be in the future. Nothing was changed: please check it and submit again.";
            return false;
        }
        if (d.Year < 1900)
        {
            error = $"The {label} can't be before 1900. Nothing was changed: please check it and submit again.";
            return false;
        }
        date = d;
        return true;
    }

    private static string? Blank(string s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

namespace CutoverBot.Core.Parsing;

/// <summary>NHS numbers: ten digits whose last digit is a Modulus 11 check of the first nine.</summary>
public static class NhsNumber
{
    /// <summary>The ten digits of a number typed with optional spaces or dashes ("943 476 5919", "943-476-5919"), or null when it is not ten digits. Does not check the check digit.</summary>
    public static string? Normalise(string? value)
    {
        if (value is null) return null;
        Span<char> digits = stackalloc char[10];
        var count = 0;
        foreach (var c in value.Trim())
        {
            if (c is ' ' or '-') continue;
            if (!char.IsAsciiDigit(c) || count == 10) return null;
            digits[count++] = c;
        }
        return count == 10 ? new string(digits) : null;
    }

    /// <summary>True when the value is ten digits (spaces or dashes allowed) and passes the Modulus 11 check.</summary>
    public static bool IsValid(string? value)
    {
        var digits = Normalise(value);
        if (digits is null) return false;
        // A run of one digit passes the arithmetic but is never issued; it is what people type as a placeholder.
        if (digits.All(c => c == digits[0])) return false;
        var sum = 0;
        for (var i = 0; i < 9; i++) sum += (digits[i] - '0') * (10 - i);
        var check = 11 - sum % 11;
        if (check == 11) check = 0;
        // A check of 10 means the first nine digits can never form a valid number.
        return check != 10 && check == digits[9] - '0';
    }

    /// <summary>Reads a typed NHS number; succeeds with the ten digits only when it passes the check.</summary>
    public static bool TryParse(string? value, out string digits)
    {
        digits = "";
        if (!IsValid(value)) return false;
        digits = Normalise(value)!;
        return true;
    }

    /// <summary>Formats ten digits the way the NHS prints them: "943 476 5919".</summary>
    /// <exception cref="ArgumentException">The value is not ten digits (the message never repeats the value).</exception>
    public static string Format(string value)
    {
        var digits = Normalise(value) ?? throw new ArgumentException("Not a ten-digit NHS number.", nameof(value));
        return $"{digits[..3]} {digits[3..6]} {digits[6..]}";
    }
}

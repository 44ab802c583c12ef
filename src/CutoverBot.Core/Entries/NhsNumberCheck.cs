namespace CutoverBot.Core.Entries;

/// <summary>The NHS number Modulus 11 check, for numbers typed into the correction form.</summary>
internal static class NhsNumberCheck
{
    /// <summary>Returns the ten digits when <paramref name="text"/> is a valid NHS number (spaces and dashes allowed), else null.</summary>
    public static string? Normalise(string text)
    {
        var digits = new string(text.Where(c => c is not (' ' or '-')).ToArray());
        if (digits.Length != 10 || !digits.All(char.IsAsciiDigit)) return null;
        var sum = 0;
        for (var i = 0; i < 9; i++) sum += (digits[i] - '0') * (10 - i);
        var check = 11 - sum % 11;
        if (check == 11) check = 0;
        return check != 10 && check == digits[9] - '0' ? digits : null;
    }
}

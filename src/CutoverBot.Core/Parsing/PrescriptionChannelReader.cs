using System.Text.RegularExpressions;

namespace CutoverBot.Core.Parsing;

/// <summary>
/// How a prescription request came in, from the first route the text mentions ("pharmacy rang" is the pharmacy: other).
/// Null when the text does not say; "phone number" is not the phone route.
/// </summary>
internal static partial class PrescriptionChannelReader
{
    public static (PrescriptionChannel Channel, TextSpan Span)? Read(string text)
    {
        var m = ChannelRegex().Match(text);
        if (!m.Success) return null;
        var channel = m.Groups["phone"].Success ? PrescriptionChannel.Phone
            : m.Groups["counter"].Success ? PrescriptionChannel.Counter
            : PrescriptionChannel.Other;
        return (channel, new TextSpan(m.Index, m.Index + m.Length));
    }

    [GeneratedRegex(
        @"\b(?:(?<counter>over\s+the\s+counter|(?:at|on|to)\s+(?:the\s+)?(?:front\s+|reception\s+)?desk|front\s+desk|reception\s+desk|at\s+reception|counter|in\s+person|walk[\s\-]?in|handed\s+in|dropped\s+(?:in|off))" +
        @"|(?<phone>(?:by|over\s+the|on\s+the|via)\s+(?:tele)?phone|(?:tele)?phoned|(?:tele)?phone(?!\s*(?:number|no\b|num\b|#))|rang|tel\b)" +
        @"|(?<other>e-?mail(?:ed)?|online|letter|pharmacy|chemist|nhs\s+app|app|fax(?:ed)?|post(?:ed)?|patient\s+access|econsult|website|web|proxy|ehub|care\s+home))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChannelRegex();
}

using System.Globalization;
using CutoverBot.Core.Entries;
using Microsoft.Extensions.Options;

namespace CutoverBot.Operations;

/// <summary>Which configured client secrets expire within the warning window (or have expired), by the practice's London date.</summary>
internal sealed class SecretExpiry(IOptions<SecretExpiryOptions> options, TimeProvider time)
{
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>The secrets named in configuration with their expiry dates, the ones with a date only.</summary>
    public IReadOnlyList<(string Setting, string Secret, DateOnly ExpiresOn)> Configured()
    {
        var o = options.Value;
        var list = new List<(string, string, DateOnly)>();
        if (Parse(o.MicrosoftAppPassword) is { } bot) list.Add(("MicrosoftAppPassword", "the bot's client secret (MicrosoftAppPassword)", bot));
        if (Parse(o.GraphClientSecret) is { } graph) list.Add(("Graph:ClientSecret", "the Microsoft Graph client secret (Graph:ClientSecret)", graph));
        return list;
    }

    /// <summary>Those due within SecretExpiry:WarnDays, with the days left (negative once expired).</summary>
    public IReadOnlyList<(string Setting, string Secret, DateOnly ExpiresOn, int DaysLeft)> Due()
    {
        var today = LondonTime.Today(time);
        return Configured().Select(s => (s.Setting, s.Secret, s.ExpiresOn, DaysLeft: s.ExpiresOn.DayNumber - today.DayNumber))
            .Where(s => s.DaysLeft <= options.Value.WarnDays).ToList();
    }

    /// <summary>For the manager's status card: plain words and whom to tell, no setting names.</summary>
    public IReadOnlyList<FactData> StatusFacts() => Due().Select(s => new FactData(
        s.Setting == "MicrosoftAppPassword" ? "Bot's sign-in secret" : "Graph sign-in secret", s.DaysLeft switch
    {
        < 0 => $"Expired on {UkFormat.LongDate(s.ExpiresOn)}: the bot may stop working. Tell whoever runs CutoverBot now.",
        0 => "Expires today: tell whoever runs CutoverBot now.",
        1 => $"Expires tomorrow ({UkFormat.LongDate(s.ExpiresOn)}): tell whoever runs CutoverBot today.",
        _ => $"Expires {UkFormat.LongDate(s.ExpiresOn)}, in {s.DaysLeft} days: tell whoever runs CutoverBot so they renew it in time.",
    })).ToList();

    public static DateOnly? Parse(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}

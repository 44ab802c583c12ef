using System.Text.RegularExpressions;

namespace CutoverBot.Core.Setup;

/// <summary>
/// Reads <c>setup FDP &lt;date&gt; go-live &lt;date&gt; [dispensing | not dispensing]</c> (the words after "setup").
/// Dispensing is only changed when said, so moving the dates never flips it.
/// </summary>
internal static partial class SetupTypedForm
{
    public const string Usage = "setup FDP ‹date› go-live ‹date› [dispensing]";
    public const string Example = "setup FDP 14/12/2026 go-live 21/12/2026";

    public static (SetupRequest? Request, string? Error) Read(string arguments)
    {
        var match = Shape().Match(arguments.Trim());
        if (!match.Success)
            return (null, $"To set the dates, type {Usage}, for example: {Example}. Type setup on its own for the setup form.");
        var fdp = SetupDateReader.Read(match.Groups["fdp"].Value);
        var goLive = SetupDateReader.Read(match.Groups["golive"].Value);
        if (fdp is null || goLive is null)
        {
            var which = fdp is null ? "the FDP date" : "the go-live date";
            return (null, $"I couldn't read {which}. Write dates day first, like 14/12/2026, 14.12.26 or 14 Dec 2026.");
        }
        bool? dispensing = match.Groups["disp"].Success ? !match.Groups["not"].Success : null;
        return (new SetupRequest(fdp.Value, goLive.Value) { IsDispensing = dispensing }, null);
    }

    [GeneratedRegex(@"^fdp\s*:?\s+(?<fdp>.+?)\s+go\s*-?\s*live\s*:?\s+(?<golive>.+?)(\s+(?<disp>(?<not>not\s+|non\s*-?\s*)?dispensing))?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}

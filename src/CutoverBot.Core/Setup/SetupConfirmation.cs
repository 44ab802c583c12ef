using System.Text;

namespace CutoverBot.Core.Setup;

/// <summary>
/// What staff read once setup is saved: a heading, a few lines of what was set (dates, phase, morning post, manager)
/// and a note on what comes next. The card shows the lines as a list; a typed setup gets the same as text.
/// </summary>
public sealed record SetupConfirmation(string Heading, IReadOnlyList<SetupFact> Facts, IReadOnlyList<string> Notes)
{
    /// <summary>The confirmation as a chat message: one line per fact, Teams markdown.</summary>
    public string Text
    {
        get
        {
            var sb = new StringBuilder(Heading);
            sb.Append("\n\n").AppendJoin("\n\n", Facts.Select(f => $"- {f.Title}: {f.Value}"));
            foreach (var note in Notes) sb.Append("\n\n").Append(note);
            return sb.ToString();
        }
    }
}

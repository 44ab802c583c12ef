namespace CutoverBot.Core.Practices;

/// <summary>The two dates every cutover task is timed from.</summary>
public enum CutoverAnchor
{
    Fdp,
    GoLive,
}

namespace CutoverBot.Core.Progress;

/// <summary>Re-entry progress of one person or one kind: still to do, re-entered, not needed.</summary>
public sealed record ReentryRow(string Name, int Pending, int Reentered, int NotNeeded)
{
    public int Total => Pending + Reentered + NotNeeded;
}

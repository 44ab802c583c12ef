namespace CutoverBot.Core.Entries;

/// <summary>How many entries of a group are still to re-enter, re-entered, or not needed.</summary>
public readonly record struct ProgressCounts(int Pending, int Reentered, int NotNeeded)
{
    public int Total => Pending + Reentered + NotNeeded;

    /// <summary>Re-entered or marked not needed: nothing left to do for them.</summary>
    public int Done => Reentered + NotNeeded;

    /// <summary>"3 of 10 done".</summary>
    public string Text => $"{Done} of {Total} done";
}

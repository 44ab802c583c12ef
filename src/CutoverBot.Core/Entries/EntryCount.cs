namespace CutoverBot.Core.Entries;

/// <summary>A number of entries as a reply or card says it: "1 entry", "3 entries".</summary>
internal static class EntryCount
{
    public static string Text(int n) => n == 1 ? "1 entry" : $"{n} entries";
}

namespace CutoverBot.Core.Tests.Architecture;

/// <summary>
/// Keeps the picture in docs/architecture.md true: Core's folders in layers, a feature using another feature only
/// through the named contracts below, the kernel using nothing, and Core knowing nothing of the host or Bot Framework.
/// </summary>
public sealed class CoreArchitectureTests
{
    // Lowest first. A folder may use any folder of a lower layer; within its own layer (or above) only a contract.
    private static readonly Dictionary<string, int> Layers = new(StringComparer.Ordinal)
    {
        ["Kernel"] = 0,
        ["Cards"] = 1, ["Parsing"] = 1,
        ["Storage"] = 2,
        ["Entries"] = 3,
        ["Practices"] = 4, ["Scheduling"] = 4,
        ["Commands"] = 5, ["Checklist"] = 5, ["GoLive"] = 5, ["Setup"] = 5, ["Status"] = 5, ["Retention"] = 5, ["Guests"] = 5,
        ["MessageActions"] = 5,
        // The tabs read across the features (counts, entries, confirmations through go-live's card actions).
        ["Progress"] = 6, ["Sharing"] = 6,
        [CoreSource.Root] = 7,
    };

    // What a folder may use of another folder that is not below it, and why. "*" is a whole folder.
    private static readonly (string From, string To, string Type, string Why)[] Contracts =
    [
        ("GoLive", "Checklist", "IReentryCounts", "the checklist card asks go-live how many entries are still to re-enter"),
        ("GoLive", "Checklist", "IGoLiveMorning", "the morning plan asks go-live for its channel card, the manager's notes and the nudges"),
        ("GoLive", "Checklist", "ManagerGoLiveNotes", "go-live's answer for the manager's morning card"),
        ("GoLive", "Checklist", "GoLiveFact", "one line of those notes"),
        ("Setup", "Checklist", "DailyChecklistBuilder", "setup tells the manager how many earlier tasks are still open"),
        ("Status", "Checklist", "DailyChecklistBuilder", "status shows today's checklist progress"),
        ("Status", "Checklist", "TextRow", "status lists those rows as the checklist card does"),
        ("Sharing", "Status", "IProgressSharing", "the manager's status card asks whom the practice shares its progress with"),
        ("Sharing", "Progress", "*", "the programme view shows each sharing practice's counts as the channel tab works them out"),
        // The one loop left: LiteDB's mapper seals entry documents, so the database registers the entry's codec, its
        // lookup fields and outline cache before the first read, and the key rotation re-seals entries.
        ("Storage", "Entries", "*", "the database seals and indexes entry documents"),
    ];

    [Fact]
    public void Folders_UseOnlyLowerLayersOrANamedContract()
    {
        var uses = CoreSource.CrossFolderUses();

        var unknown = uses.SelectMany(u => new[] { u.From, u.To }).Distinct().Where(f => !Layers.ContainsKey(f)).ToList();
        var violations = uses
            .Where(u => Layers.ContainsKey(u.From) && Layers.ContainsKey(u.To) && Layers[u.To] >= Layers[u.From])
            .Where(u => !Contracts.Any(c => c.From == u.From && c.To == u.To && (c.Type == "*" || c.Type == u.Type)))
            .Select(u => $"{u.File} uses {u.To}/{u.Type}")
            .ToList();

        Assert.True(uses.Count > 100, $"The source reader found only {uses.Count} uses across folders: it is not reading the code.");
        Assert.True(unknown.Count == 0, "Give each new Core folder a layer here and in docs/architecture.md: " + string.Join(", ", unknown));
        Assert.True(violations.Count == 0,
            "A feature reaches into another's internals (ask through a narrow interface, or move the type down a layer):\n" +
            string.Join("\n", violations));
    }

    [Fact]
    public void Kernel_UsesNothingElseInCore()
    {
        var kernel = CoreSource.CrossFolderUses().Where(u => u.From == "Kernel").Select(u => $"{u.File} uses {u.To}/{u.Type}").ToList();

        Assert.True(kernel.Count == 0, string.Join("\n", kernel));
        Assert.True(Directory.EnumerateFiles(Path.Combine(CoreSource.Folder, "Kernel"), "*.cs").Count() >= 10);
    }

    [Fact]
    public void Contracts_EachIsStillUsed()
    {
        var uses = CoreSource.CrossFolderUses();

        var stale = Contracts.Where(c => !uses.Any(u => u.From == c.From && u.To == c.To && (c.Type == "*" || c.Type == u.Type)))
            .Select(c => $"{c.From} -> {c.To}/{c.Type} ({c.Why})").ToList();

        Assert.True(stale.Count == 0, "Contracts nothing uses any more; take them off the list:\n" + string.Join("\n", stale));
    }

    [Fact]
    public void CoreAssembly_ReferencesNeitherTheHostNorBotFramework()
    {
        var references = typeof(CutoverFeatures).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();

        Assert.Contains("LiteDB", references);
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.Bot", StringComparison.Ordinal) || r == "CutoverBot"
            || r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }
}

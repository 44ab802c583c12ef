namespace CutoverBot.Tests.Architecture;

/// <summary>
/// The host's folders stay layered (docs/architecture-host.md): the leaves that wrap one outside thing (Activities,
/// Graph, Timing) use no other host folder, and no folders use each other in a loop.
/// </summary>
public sealed class HostFolderTests
{
    private static readonly string[] Leaves = ["Activities", "Graph", "Timing"];
    private static readonly HostFolderGraph Graph = HostFolderGraph.Read(typeof(Program).Assembly);

    [Fact]
    public void Leaves_UseNoOtherHostFolder()
    {
        var breaches = Leaves.SelectMany(leaf => Graph.Uses.TryGetValue(leaf, out var uses) ? uses.Select(u => $"{leaf} -> {u.Key} ({u.Value})") : []).ToList();

        Assert.True(breaches.Count == 0, "A leaf folder uses another host folder:\n" + string.Join("\n", breaches));
    }

    [Fact]
    public void Folders_UseEachOtherInNoLoop()
    {
        var loops = Graph.Loops();

        Assert.True(loops.Count == 0, "Host folders in a loop:\n" + string.Join("\n", loops.Select(loop =>
            string.Join(", ", loop) + ": " + string.Join("; ", loop.SelectMany(a => Graph.Uses[a].Where(u => loop.Contains(u.Key)).Select(u => $"{a} -> {u.Key} ({u.Value})"))))));
    }

    [Fact]
    public void Folders_UseWhatThePictureShows()
    {
        // docs/architecture-host.md draws exactly these; a new edge is a change to the picture too. (Also guards the
        // guard: a graph that read no files would pass the two tests above.)
        var drawn = new Dictionary<string, string[]>
        {
            ["Activities"] = [], ["Graph"] = [], ["Storage"] = [], ["Timing"] = [],
            ["Delivery"] = ["Activities", "Timing"],
            ["Bot"] = ["Activities", "Delivery", "Graph"],
            ["Scheduling"] = ["Delivery", "Timing"],
            ["Operations"] = ["Bot", "Delivery", "Storage"],
            ["Retention"] = ["Bot"],
            ["Tabs"] = ["Bot"],
            // The one list of the host stores' PostgreSQL implementations names each store's folder.
            ["Hosting"] = ["Bot", "Delivery", "Graph", "Operations", "Storage"],
            ["Cli"] = ["Hosting", "Storage"],
        };

        var actual = Graph.Uses.ToDictionary(kv => kv.Key, kv => kv.Value.Keys.Order(StringComparer.Ordinal).ToArray());

        Assert.Equal(drawn.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        Assert.All(drawn, kv => Assert.True(kv.Value.SequenceEqual(actual[kv.Key]),
            $"{kv.Key} uses {string.Join(", ", actual[kv.Key])}; the picture shows {string.Join(", ", kv.Value)}: " +
            string.Join("; ", Graph.Uses[kv.Key].Select(u => $"{u.Key} ({u.Value})"))));
    }
}

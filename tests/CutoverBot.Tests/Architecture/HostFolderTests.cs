namespace CutoverBot.Tests.Architecture;

/// <summary>
/// The host's folders stay layered (docs/architecture-host.md): the leaves that wrap one outside thing (Activities,
/// Graph, Storage, Timing) use no other host folder, and no folders use each other in a loop.
/// </summary>
public sealed class HostFolderTests
{
    private static readonly string[] Leaves = ["Activities", "Graph", "Storage", "Timing"];
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
    public void Graph_SeesTheFoldersItGuards()
    {
        // Guards the guard: a graph that read no files, or lost the leaves, would pass the two tests above.
        Assert.All(Leaves, leaf => Assert.Contains(leaf, Graph.Uses.Keys));
        Assert.Contains("Activities", Graph.Uses["Bot"].Keys);
        Assert.Contains("Timing", Graph.Uses["Delivery"].Keys);
    }
}

namespace CutoverBot.Tests.Manifest;

/// <summary>Finds files of the repository from the test's output folder, so the tests read what is committed.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string ManifestFolder => Path.Combine(Root, "manifest");

    public static string TestFile(string name) => Path.Combine(Root, "tests", "CutoverBot.Tests", "Manifest", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CutoverBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("CutoverBot.sln not found above " + AppContext.BaseDirectory);
    }
}

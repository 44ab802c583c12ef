using System.Diagnostics;
using System.Text.Json.Nodes;

namespace CutoverBot.Core.Tests.Cards;

/// <summary>Runs the Node scripts in tests/cardcheck (the official Adaptive Cards library and the reference templating engine).</summary>
internal static class OfficialCardCheck
{
    public static readonly string RepoRoot = FindRepoRoot();

    public static readonly string CardCheckFolder = Path.Combine(RepoRoot, "tests", "cardcheck");

    public static string CardsTestFolder => Path.Combine(RepoRoot, "tests", "CutoverBot.Core.Tests", "Cards");

    /// <summary>Runs validate.js on a file or folder; returns its exit code and everything it printed.</summary>
    public static (int ExitCode, string Output) Validate(string path) => RunNode("validate.js", path);

    /// <summary>Expands (template file, data file) pairs with the reference engine, adaptivecards-templating, in one node run.</summary>
    public static JsonArray ReferenceExpand(params (string Template, string Data)[] pairs)
    {
        var (exitCode, output) = RunNode("expand.js", [.. pairs.SelectMany(p => new[] { p.Template, p.Data })]);
        Assert.True(exitCode == 0, $"expand.js failed:\n{output}");
        return JsonNode.Parse(output)!.AsArray();
    }

    private static (int ExitCode, string Output) RunNode(string script, params string[] arguments)
    {
        Assert.True(
            Directory.Exists(Path.Combine(CardCheckFolder, "node_modules", "adaptivecards")),
            "The card check's packages are not installed: run `npm ci --prefix tests/cardcheck` from the repository root.");

        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = CardCheckFolder,
        };
        start.ArgumentList.Add(Path.Combine(CardCheckFolder, script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node (is Node.js 20 on the PATH?).");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"node {script} did not finish within 60 seconds.");
        }

        return (process.ExitCode, stdout + stderr.Result);
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CutoverBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No CutoverBot.sln above {AppContext.BaseDirectory}; run the tests from the repository.");
    }
}

using System.Text.RegularExpressions;
using System.Xml.Linq;
using CutoverBot.Tests.Manifest;

namespace CutoverBot.Tests.Hosting;

/// <summary>
/// The Dockerfile cannot be built on this machine (no Docker), so these check what it refers to: the project it
/// publishes, the files it copies, the dll it starts, and that the database path lies on the volume.
/// </summary>
public sealed partial class DockerfileTests
{
    private static readonly string[] Lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "Dockerfile"))
        .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();

    [Fact]
    public void Publish_ProjectPath_IsTheWebHostProject()
    {
        var project = PublishedProject();

        Assert.Equal("src/CutoverBot/CutoverBot.csproj", project);
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, project)), project);
    }

    [Fact]
    public void Entrypoint_Dll_IsTheAssemblyThePublishedProjectBuilds()
    {
        var project = XDocument.Load(Path.Combine(RepositoryPaths.Root, PublishedProject()));
        var assembly = project.Descendants("AssemblyName").FirstOrDefault()?.Value ?? Path.GetFileNameWithoutExtension(PublishedProject());

        Assert.Equal("ENTRYPOINT [\"dotnet\", \"" + assembly + ".dll\"]", Lines.Single(l => l.StartsWith("ENTRYPOINT", StringComparison.Ordinal)));
    }

    [Fact]
    public void Copy_EverySourceFromTheBuildContext_ExistsAndIsNotDockerIgnored()
    {
        var allowed = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, ".dockerignore"))
            .Where(l => l.StartsWith('!')).Select(l => l[1..].TrimEnd('/')).ToArray();
        var sources = Lines.Where(l => l.StartsWith("COPY ", StringComparison.Ordinal) && !l.Contains("--from", StringComparison.Ordinal))
            .SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..^1]).ToList();

        Assert.NotEmpty(sources);
        foreach (var source in sources)
        {
            var path = Path.Combine(RepositoryPaths.Root, source.TrimEnd('/'));
            Assert.True(File.Exists(path) || Directory.Exists(path), $"COPY {source}: not in the repository");
            Assert.True(allowed.Any(a => source.TrimEnd('/') == a || source.StartsWith(a + "/", StringComparison.Ordinal)), $"COPY {source}: excluded by .dockerignore");
        }
    }

    [Fact]
    public void Images_MatchTheTargetFramework()
    {
        var framework = XDocument.Load(Path.Combine(RepositoryPaths.Root, "Directory.Build.props")).Descendants("TargetFramework").Single().Value;
        var version = framework.Replace("net", "", StringComparison.Ordinal);

        // Image arguments, so a release build pins digests with --build-arg instead of editing the file.
        Assert.Contains($"ARG SDK_IMAGE=mcr.microsoft.com/dotnet/sdk:{version}", Lines);
        Assert.Contains($"ARG RUNTIME_IMAGE=mcr.microsoft.com/dotnet/aspnet:{version}", Lines);
        Assert.Contains("FROM ${SDK_IMAGE} AS build", Lines);
        Assert.Contains("FROM ${RUNTIME_IMAGE} AS runtime", Lines);
    }

    [Fact]
    public void Header_RunExample_PublishesThePlainHttpPortOnLoopbackOnlyAsDeployMdDoes()
    {
        var header = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "Dockerfile")).TakeWhile(l => l.StartsWith('#')).ToList();
        var deploy = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "deploy.md"));

        var published = header.SelectMany(l => PublishFlag().Matches(l)).Select(m => m.Groups["spec"].Value).ToList();

        Assert.NotEmpty(published);
        Assert.All(published, p => Assert.StartsWith("127.0.0.1:", p, StringComparison.Ordinal));
        Assert.All(published, p => Assert.Contains("-p " + p, deploy, StringComparison.Ordinal));
    }

    [Fact]
    public void Runtime_DatabaseOnTheVolume_PortExposed_NonRootUser()
    {
        var runtime = Lines.SkipWhile(l => !l.StartsWith("FROM ${RUNTIME_IMAGE}", StringComparison.Ordinal)).ToArray();
        var env = string.Join(' ', runtime);

        var volume = runtime.Single(l => l.StartsWith("VOLUME ", StringComparison.Ordinal))["VOLUME ".Length..];
        Assert.StartsWith(volume + "/", EnvValue(env, "Storage__DatabasePath"));
        Assert.Contains("EXPOSE " + EnvValue(env, "ASPNETCORE_HTTP_PORTS"), runtime);
        Assert.Equal("Production", EnvValue(env, "ASPNETCORE_ENVIRONMENT"));
        var user = runtime.Last(l => l.StartsWith("USER ", StringComparison.Ordinal))["USER ".Length..];
        Assert.DoesNotContain(user, new[] { "root", "0" });
    }

    private static string PublishedProject() =>
        PublishCommand().Match(Lines.Single(l => l.Contains("dotnet publish", StringComparison.Ordinal))).Groups["project"].Value;

    private static string EnvValue(string text, string name) =>
        Regex.Match(text, Regex.Escape(name) + @"=(?<value>[^\s\\]+)") is { Success: true } m ? m.Groups["value"].Value : throw new Xunit.Sdk.XunitException(name + " is not set");

    [GeneratedRegex(@"-p (?<spec>\S+)")]
    private static partial Regex PublishFlag();

    [GeneratedRegex(@"dotnet publish (?<project>\S+\.csproj)")]
    private static partial Regex PublishCommand();
}

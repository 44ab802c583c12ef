using System.Diagnostics;
using CutoverBot.Cli;

namespace CutoverBot.Tests.Cli;

/// <summary>
/// Runs the built bot's command line as its own process (`dotnet CutoverBot.dll ...`) in a folder, in Production, with
/// extra environment settings; killed and reported after 30 seconds.
/// </summary>
internal static class CliProcess
{
    public static async Task<(int Code, string Stdout, string Stderr)> RunAsync(string folder, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(CliRunner).Assembly.Location);
        foreach (var arg in arguments) start.ArgumentList.Add(arg);
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in environment) start.Environment[name] = value;

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{string.Join(' ', arguments)} did not finish within 30 seconds.");
        }
        return (process.ExitCode, await stdout, await stderr);
    }
}

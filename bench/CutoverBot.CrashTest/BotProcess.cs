using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace CutoverBot.CrashTest;

/// <summary>
/// The real bot (the Release CutoverBot.dll) as its own process: Development environment, anonymous, on its own
/// database file and a free loopback port. Its console output goes to a log file beside the database.
/// </summary>
internal sealed partial class BotProcess : IAsyncDisposable
{
    private const int SigTerm = 15;
    private readonly Process _process;
    private readonly StreamWriter _log;

    private BotProcess(Process process, StreamWriter log, Uri baseAddress)
    {
        _process = process;
        _log = log;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>The process id, which the fan-out lease's holder names ("machine:pid:random").</summary>
    public int Pid => _process.Id;

    /// <summary>CPU the process has used so far (read from /proc at each call).</summary>
    public TimeSpan Cpu => _process.TotalProcessorTime;

    public static async Task<BotProcess> StartAsync(string botDll, string databasePath, IReadOnlyDictionary<string, string>? settings = null)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet", [botDll])
        {
            WorkingDirectory = Path.GetDirectoryName(botDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        info.Environment["Storage__DatabasePath"] = databasePath;
        info.Environment["MicrosoftAppId"] = "";
        info.Environment["MicrosoftAppPassword"] = "";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        // The burst is a few staff sending hundreds of entries a minute: what is measured here is what survives a
        // kill, not throttling, which would hold back the replies that count as acknowledgements.
        info.Environment["Throttling__Enabled"] = "false";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) info.Environment[key] = value;

        var log = new StreamWriter(databasePath + ".bot.log", append: true) { AutoFlush = true };
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var bot = new BotProcess(process, log, new Uri($"http://127.0.0.1:{port}/"));
        await bot.WaitUntilReadyAsync();
        return bot;
    }

    /// <summary>kill -9: no shutdown code runs, nothing is flushed by the bot.</summary>
    public void Kill()
    {
        try
        {
            _process.Kill();
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    /// <summary>SIGTERM, as a service manager stops the bot, then waits for it to exit.</summary>
    public async Task StopAsync()
    {
        if (!_process.HasExited) _ = SendSignal(_process.Id, SigTerm);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(40));
        await _process.WaitForExitAsync(timeout.Token);
    }

    public Task WaitForExitAsync() => _process.WaitForExitAsync();

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var started = Stopwatch.StartNew();
        while (started.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (_process.HasExited) throw new InvalidOperationException($"The bot exited at start-up with code {_process.ExitCode}; see its log.");
            try
            {
                if ((await http.GetAsync("healthz")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Not answering yet.
            }
            await Task.Delay(50);
        }
        throw new TimeoutException("The bot did not answer /healthz within 60 seconds.");
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null) return;
        try
        {
            lock (log) log.WriteLine(line);
        }
        catch (ObjectDisposedException)
        {
            // The last lines of a killed bot can arrive after its log is closed.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [LibraryImport("libc", EntryPoint = "kill")]
    private static partial int SendSignal(int pid, int signal);

    public async ValueTask DisposeAsync()
    {
        Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
        await _log.DisposeAsync();
    }
}

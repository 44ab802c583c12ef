using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CutoverBot.Bench;

/// <summary>
/// A bot (ours or the stock echo) as its own `dotnet X.dll` process on a loopback port, so start-up, CPU and peak
/// memory are the bot's alone and not mixed with the load generator's.
/// </summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _lastLines = new();

    private BotProcess(Process process, Uri baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    /// <summary>From starting the process to the first 200 from GET /healthz.</summary>
    public TimeSpan StartToReady { get; private set; }

    public TimeSpan Cpu
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>Peak resident memory (VmHWM) so far.</summary>
    public long PeakBytes
    {
        get
        {
            _process.Refresh();
            return _process.PeakWorkingSet64;
        }
    }

    public static async Task<BotProcess> StartAsync(string dll, IReadOnlyDictionary<string, string> settings, HttpClient http)
    {
        if (!File.Exists(dll)) throw new FileNotFoundException($"{dll} is missing: build it with bench/run.sh (dotnet build -c Release)");
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        // Anonymous (no app id, so no token checks on either side) is only allowed in Development.
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Warning";
        foreach (var (key, value) in settings) info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;

        var clock = Stopwatch.StartNew();
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        var bot = new BotProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, e) => bot.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await bot.WaitReadyAsync(http, clock).ConfigureAwait(false);
        return bot;
    }

    public string LastOutput()
    {
        lock (_lastLines) return string.Join(Environment.NewLine, _lastLines);
    }

    /// <summary>Stops the bot with SIGTERM, as a deploy would, so an EventPipe trace gets its method names; kills it after 15 s.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await term.WaitForExitAsync().ConfigureAwait(false);
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await _process.WaitForExitAsync(grace.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                _process.Kill();
            }
        }
        await _process.WaitForExitAsync().ConfigureAwait(false);
        _process.Dispose();
    }

    private async Task WaitReadyAsync(HttpClient http, Stopwatch clock)
    {
        var health = new Uri(BaseUrl, "healthz");
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (_process.HasExited) throw new InvalidOperationException($"the bot exited during start-up:{Environment.NewLine}{LastOutput()}");
            try
            {
                using var response = await http.GetAsync(health).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    StartToReady = clock.Elapsed;
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(5).ConfigureAwait(false);
        }
        throw new TimeoutException($"the bot was not ready within 60 s:{Environment.NewLine}{LastOutput()}");
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_lastLines)
        {
            _lastLines.Enqueue(line);
            if (_lastLines.Count > 40) _lastLines.Dequeue();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

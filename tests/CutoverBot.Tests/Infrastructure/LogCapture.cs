using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CutoverBot.Tests.Infrastructure;

/// <summary>
/// Keeps every log line the host writes (message, scope, and the exception's full text: type, message, stack trace),
/// and checks them against <see cref="PatientValues"/>: no patient value may reach a log.
/// </summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly Lazy<ILoggerFactory> _factory;

    public LogCapture() =>
        _factory = new(() => LoggerFactory.Create(logging => logging.AddProvider(this).SetMinimumLevel(LogLevel.Trace)));

    public IReadOnlyList<string> Lines => _lines.ToArray();

    /// <summary>The lines that contain a registered patient value (values registered after a line was written count too).</summary>
    public IReadOnlyList<string> Leaks => _lines.Where(l => PatientValues.FoundIn(l).Any()).ToList();

    /// <summary>Fails with the leaking lines and the values found in them.</summary>
    public void AssertNoLeaks()
    {
        var leaks = Leaks;
        if (leaks.Count == 0) return;
        var detail = string.Join(Environment.NewLine, leaks.Take(5).Select(l => $"[{string.Join(", ", PatientValues.FoundIn(l))}] in: {l}"));
        throw new PatientDataLeakException($"{leaks.Count} log line(s) contain patient values:{Environment.NewLine}{detail}");
    }

    /// <summary>Writes a line as a host logger would, for tests of the check itself.</summary>
    internal void Write(string line) => _lines.Enqueue(line);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    /// <summary>A logger writing here, for rigs that build the bot's classes without the host (the scheduler, delivery).</summary>
    public ILogger<T> For<T>() => _factory.Value.CreateLogger<T>();

    /// <summary>The factory behind <see cref="For{T}"/>, for classes that take a logger factory.</summary>
    public ILoggerFactory Factory => _factory.Value;

    public void Dispose() { }

    private sealed class Logger(LogCapture owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull
        {
            // A scope's values end up beside every line written inside it, so they are checked as well.
            owner._lines.Enqueue($"Scope {category}: {state}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner._lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}

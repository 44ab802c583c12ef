using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CutoverBot.Tests.Security;

/// <summary>
/// Keeps the level, category and exception of every log entry: <see cref="Infrastructure.LogCapture"/> keeps only text,
/// and a fuzz run must tell an unhandled exception (logged with its exception object, or at Error) from a plain warning.
/// </summary>
internal sealed class FuzzLogProbe : ILoggerProvider
{
    private readonly ConcurrentQueue<Line> _lines = new();

    public IReadOnlyList<Line> Lines => _lines.ToArray();

    /// <summary>Entries at Error or above, or carrying an exception: none may appear during a run.</summary>
    public IReadOnlyList<Line> Failures => Lines.Where(l => l.Level >= LogLevel.Error || l.ExceptionType is not null).ToList();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    public sealed record Line(LogLevel Level, string Category, string Message, string? ExceptionType, string? ExceptionMessage)
    {
        public override string ToString() => $"{Level} {Category}: {Message} {ExceptionType} {ExceptionMessage}";
    }

    private sealed class Logger(FuzzLogProbe owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner._lines.Enqueue(new Line(logLevel, category, formatter(state, exception), exception?.GetType().FullName, Innermost(exception)?.Message));

        private static Exception? Innermost(Exception? exception) => exception?.InnerException is { } inner ? Innermost(inner) : exception;
    }
}

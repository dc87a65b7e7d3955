using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Kjoretoyregister.Client.Tests.Felles;

/// <summary>Keeps every log line at every level: the formatted message, each structured value and the exception, for tests of what must never be logged.</summary>
internal sealed class Loggfanger : ILoggerProvider
{
    private readonly ConcurrentQueue<string> linjer = new();

    /// <summary>Everything logged: messages, values and exceptions, one string each.</summary>
    public IReadOnlyList<string> Linjer => [.. linjer];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, linjer);

    public void Dispose()
    {
    }

    private sealed class Logger(string kategori, ConcurrentQueue<string> linjer) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            linjer.Enqueue($"{kategori} {logLevel}: {formatter(state, exception)}");
            if (state is IEnumerable<KeyValuePair<string, object?>> verdier)
            {
                foreach (var (navn, verdi) in verdier)
                {
                    linjer.Enqueue($"{navn}={verdi}");
                }
            }

            if (exception is not null)
            {
                linjer.Enqueue(exception.ToString());
            }
        }
    }
}

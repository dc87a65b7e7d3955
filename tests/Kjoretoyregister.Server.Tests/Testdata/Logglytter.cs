using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Kjoretoyregister.Server.Tests.Testdata;

/// <summary>Catches every log line the server writes (message, exception and scope-free), so tests can prove what is never logged.</summary>
public sealed class Logglytter : ILoggerProvider
{
    private readonly ConcurrentQueue<string> linjer = new();

    public IReadOnlyCollection<string> Linjer => linjer;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, linjer);

    public void Dispose()
    {
    }

    private sealed class Logger(string kategori, ConcurrentQueue<string> linjer) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            linjer.Enqueue($"{logLevel} {kategori}: {formatter(state, exception)} {exception}");
    }
}

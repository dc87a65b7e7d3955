using System.Buffers;
using System.Globalization;
using System.Text;

namespace Kjoretoyregister.Server.Drift;

/// <summary>
/// Keeps control characters out of every log line: a message's text (with the request path, a
/// username or a client's error description in it) has each control character written as an escape
/// (<c>\r</c>, <c>\n</c>, <c>\u001b</c> …), so no caller can start a forged line or drive a terminal.
/// Wraps the server's <see cref="ILoggerFactory"/>, so it holds for every logger and provider.
/// </summary>
public static class Loggvask
{
    // Every char.IsControl character (C0, DEL, C1) and the Unicode line and paragraph separators.
    private static readonly SearchValues<char> Kontrolltegn = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(i => (char)i), .. Enumerable.Range(0x7f, 0x21).Select(i => (char)i), '\u2028', '\u2029']);

    /// <summary>Replaces the logger factory with one whose loggers escape control characters in messages.</summary>
    public static IServiceCollection AddLoggvask(this IServiceCollection services)
    {
        var opprinnelig = services.LastOrDefault(s => s.ServiceType == typeof(ILoggerFactory))
            ?? throw new InvalidOperationException("Logging er ikke satt opp.");
        services.Remove(opprinnelig);
        services.AddSingleton<ILoggerFactory>(sp => new VaskendeLoggerFactory((ILoggerFactory)(opprinnelig.ImplementationInstance
            ?? opprinnelig.ImplementationFactory?.Invoke(sp)
            ?? ActivatorUtilities.CreateInstance(sp, opprinnelig.ImplementationType!))));
        return services;
    }

    /// <summary>The text with every control character (and the Unicode line and paragraph separators) escaped.</summary>
    public static string Vask(string tekst)
    {
        if (!tekst.AsSpan().ContainsAny(Kontrolltegn))
        {
            return tekst;
        }

        var ut = new StringBuilder(tekst.Length + 16);
        foreach (var tegn in tekst)
        {
            _ = tegn switch
            {
                '\r' => ut.Append("\\r"),
                '\n' => ut.Append("\\n"),
                '\t' => ut.Append("\\t"),
                _ when Kontrolltegn.Contains(tegn) => ut.Append("\\u").Append(((int)tegn).ToString("x4", CultureInfo.InvariantCulture)),
                _ => ut.Append(tegn),
            };
        }

        return ut.ToString();
    }

    private sealed class VaskendeLoggerFactory(ILoggerFactory indre) : ILoggerFactory
    {
        public ILogger CreateLogger(string categoryName) => new VaskendeLogger(indre.CreateLogger(categoryName));

        public void AddProvider(ILoggerProvider provider) => indre.AddProvider(provider);

        public void Dispose() => indre.Dispose();
    }

    private sealed class VaskendeLogger(ILogger indre) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => indre.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => indre.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            indre.Log(logLevel, eventId, state, exception, (s, e) => Vask(formatter(s, e)));
    }
}

using Kjoretoyregister.Contracts;
using Kjoretoyregister.Server.Forvaltning.Endringer;
using Microsoft.Extensions.Options;

namespace Kjoretoyregister.Server.Logg;

/// <summary>
/// The audit log's daily upkeep, a few minutes after every midnight (Europe/Oslo): records the chain head
/// as the day's anchor and writes it to the change log ("Ankerpunkt for oppslagsloggen 2026-12-06: rad 123,
/// hash …"), then deletes the rows older than <see cref="LoggOptions.Oppbevaring"/> and writes their count to
/// the change log. With several instances only one writes the anchor (the date is a key in
/// <c>logg_ankerpunkt</c>; the insert that won writes the entry), and one deletes at a time.
/// </summary>
public sealed partial class Loggvedlikehold(
    ILoggkjedelager lager, IEndringslogg endringer, IOptions<LoggOptions> options, TimeProvider tid, ILogger<Loggvedlikehold> logger) : BackgroundService
{
    /// <summary>The change log's author of the upkeep's entries.</summary>
    public const string Utforer = "system";

    private static readonly TimeSpan EtterMidnatt = TimeSpan.FromMinutes(5);

    /// <summary>One run: the anchor of today's date (if nobody wrote it) and the retention's deletion.</summary>
    public async Task KjorAsync(CancellationToken cancellationToken = default)
    {
        var na = tid.GetUtcNow();
        var dato = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(na, NorskTid.Oslo).DateTime);
        if (await lager.TaAnkerpunktAsync(dato, na, cancellationToken) is { } anker)
        {
            await endringer.SkrivAsync(new Endring(na, Utforer, null, Loggverifisering.Tekst(anker), null), cancellationToken);
        }

        var oppbevaring = options.Value.Oppbevaring;
        var grense = na - oppbevaring;
        var slettet = await lager.SlettForAsync(grense, cancellationToken);
        if (slettet > 0)
        {
            var handling = $"Oppslagsloggen: {slettet} rader eldre enn {TimeZoneInfo.ConvertTime(grense, NorskTid.Oslo):yyyy-MM-dd HH:mm} slettet (Logg:Oppbevaring {oppbevaring.TotalDays:0} dager)";
            await endringer.SkrivAsync(new Endring(na, Utforer, null, handling, null), cancellationToken);
            Slettet(logger, slettet);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(TilNesteKjoring(tid.GetUtcNow()), tid, stoppingToken);
            try
            {
                await KjorAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A failed day must not stop the next: the failure is logged, and the next midnight tries again.
            catch (Exception feil)
#pragma warning restore CA1031
            {
                Feilet(logger, feil);
            }
        }
    }

    /// <summary>The time until a few minutes after the next midnight in Norway.</summary>
    internal static TimeSpan TilNesteKjoring(DateTimeOffset na)
    {
        var lokal = TimeZoneInfo.ConvertTime(na, NorskTid.Oslo);
        var midnatt = lokal.Date.AddDays(1);
        var neste = new DateTimeOffset(midnatt, NorskTid.Oslo.GetUtcOffset(midnatt)) + EtterMidnatt;
        return neste - na;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Oppslagsloggen: {Rader} rader eldre enn oppbevaringstiden slettet")]
    private static partial void Slettet(ILogger logger, long rader);

    [LoggerMessage(Level = LogLevel.Error, Message = "Oppslagsloggens daglige ankerpunkt eller sletting feilet; prøver igjen neste natt")]
    private static partial void Feilet(ILogger logger, Exception feil);
}

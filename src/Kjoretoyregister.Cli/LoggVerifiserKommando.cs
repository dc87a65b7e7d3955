using System.CommandLine;
using Kjoretoyregister.Contracts;
using Kjoretoyregister.Server.Logg;
using Microsoft.Extensions.DependencyInjection;

namespace Kjoretoyregister.Cli;

/// <summary>
/// <c>kjoretoy logg verifiser [--data-dir DIR | --postgres CONN]</c>: walks the audit log's hash chain and
/// names the first row changed, removed or inserted (exit 1), or says it is intact (exit 0).
/// </summary>
internal static class LoggVerifiserKommando
{
    public static Command Lag()
    {
        var dataKatalog = Loggvalg.DataKatalog();
        var kommando = new Command("verifiser", """
            Går gjennom oppslagsloggens hashkjede i rekkefølge og regner ut hver rads hash på nytt: en rad som er
            endret, fjernet eller satt inn i databasen etter at den ble skrevet, blir navngitt (id og tidspunkt).
            Sjekker også kjedens start mot oppbevaringens kutt, slutten mot det registrerte hodet, og hvert daglige
            ankerpunkt i endringsloggen. Rader skrevet før kjeden ble innført er ikke kjedet og telles for seg.
            Avslutningskoder: 0 intakt, 1 brudd funnet (eller loggen kunne ikke leses), 2 ugyldig bruk.
            """)
        {
            dataKatalog, Lagringsvalg.Postgres,
        };
        kommando.SetAction((parse, ct) => KjorAsync(parse, parse.GetValue(dataKatalog)!, ct));
        return kommando;
    }

    private static async Task<int> KjorAsync(ParseResult parse, string dataKatalog, CancellationToken ct)
    {
        await using var tjenester = await Loggvalg.ApneAsync(parse, dataKatalog, ct);
        if (tjenester is null)
        {
            return Kjoring.Feil;
        }

        var r = await tjenester.GetRequiredService<Loggverifisering>().VerifiserAsync(ct);
        var hode = r.HodeId is { } id ? $"rad {id}, hash {r.HodeHash}" : "ingen kjedede rader ennå";
        var ukjedet = r.Ukjedet > 0 ? $" ({r.Ukjedet} rader fra før kjeden ble innført er ikke kjedet)" : "";
        if (r.Intakt)
        {
            Console.WriteLine($"Oppslagsloggen er intakt: {r.Verifisert} rader verifisert{ukjedet}. Hode: {hode}.");
            return Kjoring.Ok;
        }

        var rad = r.BruddId is { } bruddId
            ? $"rad {bruddId} ({(r.BruddTidspunkt is { } t ? NorskTid.Formater(t) : "ukjent tid")})"
            : "kjeden";
        Console.WriteLine($"Oppslagsloggen er IKKE intakt: {rad}: {r.Brudd}.");
        Console.WriteLine($"{r.Verifisert} rader verifisert før bruddet{ukjedet}. Registrert hode: {hode}.");
        return Kjoring.Feil;
    }
}

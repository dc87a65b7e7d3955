using System.CommandLine;
using Kjoretoyregister.Contracts;
using Kjoretoyregister.Server.Logg;
using Microsoft.Extensions.DependencyInjection;

namespace Kjoretoyregister.Cli;

/// <summary>
/// <c>kjoretoy logg [--data-dir DIR] [--fiks-org ID] [--integrasjon ID] [--fnr X] [--kjennemerke X] [--saksbehandler X] [--saksreferanse X] [--fra T] [--til T] [--format json|csv]</c>:
/// the audit log for the data-protection officer: who looked up this person or vehicle, when, and why.
/// </summary>
internal static class LoggKommando
{
    public static Command Lag()
    {
        var dataKatalog = Loggvalg.DataKatalog();
        var fiksOrg = Loggvalg.FiksOrg("Bare oppslag gjort for denne Fiks-organisasjonen (UUID).");
        var integrasjon = new Option<string?>("--integrasjon") { Description = "Bare oppslag gjort av denne integrasjonen (UUID).", HelpName = "ID" };
        var fnr = new Option<string?>("--fnr") { Description = "Bare oppslag der personen var søkenøkkelen eller ble utlevert (som eier, medeier, leasingtaker, ...).", HelpName = "X" };
        var kjennemerke = new Option<string?>("--kjennemerke") { Description = "Bare oppslag på dette kjennemerket, uansett skrivemåte (BR 12345, br-12345).", HelpName = "X" };
        var saksbehandler = new Option<string?>("--saksbehandler") { Description = "Bare oppslag med denne saksbehandleren (headeren Saksbehandler, nøyaktig lik).", HelpName = "X" };
        var saksreferanse = new Option<string?>("--saksreferanse") { Description = "Bare oppslag i denne saken (headeren Saksreferanse, nøyaktig lik).", HelpName = "X" };
        var fra = new Option<string?>("--fra") { Description = "Fra og med tidspunktet (ISO 8601 eller DTG; uten forskyvning gjelder norsk tid).", HelpName = "T" };
        var til = new Option<string?>("--til") { Description = "Til, men ikke med, tidspunktet.", HelpName = "T" };
        var format = new Option<string>("--format")
        {
            Description = "json: én JSON-linje per oppslag (NDJSON). csv: overskriftslinje, komma, RFC 4180-sitering, CRLF.",
            DefaultValueFactory = _ => "json",
            HelpName = "json|csv",
        };
        format.AcceptOnlyFromAmong("json", "csv");
        var kommando = new Command("logg", """
            Viser oppslagsloggen, nyeste først: én rad per oppslått kjøretøy, person eller organisasjon, med tidspunkt
            (norsk tid, ISO 8601), Fiks-organisasjon, integrasjon, konsumentens organisasjonsnummer og klient-id,
            operasjon, søkenøkkel, dtg, utfall (treff/ukjent/ugyldig/feil/avvist), utleverte kuider og fødsels-/organisasjonsnumre,
            errorId, oppgitt formål, saksbehandler og saksreferanse. Filtrene kombineres med OG.
            Avslutningskoder: 0 ok, 1 feil (f.eks. finnes ikke oppslagsloggen), 2 ugyldig bruk.
            """)
        {
            dataKatalog, Lagringsvalg.Postgres, fiksOrg, integrasjon, fnr, kjennemerke, saksbehandler, saksreferanse, fra, til, format,
            LoggInnsynKommando.Lag(),
        };
        kommando.Subcommands.Add(LoggVerifiserKommando.Lag());
        kommando.SetAction((parse, ct) =>
        {
            if (!Loggvalg.TryLesUuid(parse.GetValue(fiksOrg), "--fiks-org", out var fiksOrgId)
                || !Loggvalg.TryLesUuid(parse.GetValue(integrasjon), "--integrasjon", out var integrasjonId)
                || !TryLesFnr(parse.GetValue(fnr), out var fodselsnummer)
                || !TryLesKjennemerke(parse.GetValue(kjennemerke), out var merke)
                || !TryLesSakstekst(parse.GetValue(saksbehandler), "--saksbehandler", out var behandler)
                || !TryLesSakstekst(parse.GetValue(saksreferanse), "--saksreferanse", out var referanse)
                || !TryLesTid(parse.GetValue(fra), "--fra", out var fraTid)
                || !TryLesTid(parse.GetValue(til), "--til", out var tilTid))
            {
                return Task.FromResult(Kjoring.UgyldigBruk);
            }

            if (fraTid >= tilTid)
            {
                Console.Error.WriteLine("kjoretoy: --fra må være før --til");
                return Task.FromResult(Kjoring.UgyldigBruk);
            }

            var filter = new LoggFilter(fiksOrgId, integrasjonId, fodselsnummer, merke, behandler, referanse, fraTid, tilTid);
            return SkrivAsync(parse, parse.GetValue(dataKatalog)!, filter, parse.GetValue(format) == "csv", ct);
        });
        return kommando;
    }

    private static async Task<int> SkrivAsync(ParseResult parse, string dataKatalog, LoggFilter filter, bool csv, CancellationToken ct)
    {
        await using var tjenester = await Loggvalg.ApneAsync(parse, dataKatalog, ct);
        if (tjenester is null)
        {
            return Kjoring.Feil;
        }

        var ut = Console.Out;
        if (csv)
        {
            await Loggutskrift.SkrivCsvOverskriftAsync(ut);
        }

        await foreach (var rad in tjenester.GetRequiredService<IOppslagsloggLeser>().SokAsync(filter, ct))
        {
            await (csv ? Loggutskrift.SkrivCsvAsync(ut, rad) : Loggutskrift.SkrivJsonAsync(ut, rad));
        }

        await ut.FlushAsync(ct);
        return Kjoring.Ok;
    }

    private static bool TryLesFnr(string? tekst, out string? fodselsnummer)
    {
        fodselsnummer = null;
        if (tekst is null)
        {
            return true;
        }

        // The reason never repeats the number: a fødselsnummer does not go into logs or terminals' scrollback.
        if (Identifikatorvalg.Les<Fodselsnummer>(tekst, "--fnr") is not { } verdi)
        {
            return false;
        }

        fodselsnummer = verdi.Verdi;
        return true;
    }

    private static bool TryLesKjennemerke(string? tekst, out string? kjennemerke)
    {
        kjennemerke = null;
        if (tekst is null)
        {
            return true;
        }

        if (Identifikatorvalg.Les<Kjennemerke>(tekst, "--kjennemerke") is not { } verdi)
        {
            return false;
        }

        kjennemerke = verdi.Sokenokkel;
        return true;
    }

    /// <summary>A saksbehandler or saksreferanse to search for: at most as long as the header allows, no control characters.</summary>
    private static bool TryLesSakstekst(string? tekst, string valg, out string? verdi)
    {
        verdi = null;
        if (tekst is null)
        {
            return true;
        }

        var trimmet = tekst.Trim();
        if (trimmet.Length == 0 || trimmet.Length > Server.Tilgang.FiksTilgangFilter.MaksSaksbehandler || trimmet.Any(char.IsControl))
        {
            Console.Error.WriteLine($"kjoretoy: {valg}: må ha 1 til {Server.Tilgang.FiksTilgangFilter.MaksSaksbehandler} tegn og ingen kontrolltegn");
            return false;
        }

        verdi = trimmet;
        return true;
    }

    private static bool TryLesTid(string? tekst, string valg, out DateTimeOffset? tidspunkt)
    {
        tidspunkt = null;
        if (tekst is null)
        {
            return true;
        }

        if (!Dtg.TryParse(tekst, out var dtg, out var grunn))
        {
            Console.Error.WriteLine($"kjoretoy: {valg}: {grunn}");
            return false;
        }

        tidspunkt = dtg.Tidspunkt;
        return true;
    }
}

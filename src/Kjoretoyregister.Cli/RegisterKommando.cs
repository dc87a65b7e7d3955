using System.CommandLine;
using System.Text.Json;
using Kjoretoyregister.Contracts;
using Kjoretoyregister.Contracts.Json;
using Kjoretoyregister.Contracts.Svv;
using Kjoretoyregister.Register;
using Kjoretoyregister.Server.Logg;

namespace Kjoretoyregister.Cli;

/// <summary>
/// <c>kjoretoy register oppslag (--kjennemerke X | --kuid X | --understellsnummer X | --fnr X | --organisasjonsnummer X) --formal TEKST [--saksreferanse X] [--fiks-org ID] [--dtg T] [--database PATH]</c>:
/// a direct lookup in the register file for operators, printing SVV-shaped <c>KjoretoyResponse</c> records.
/// It discloses the same personal data as the API, so it is audited like an API lookup: one row in the audit log
/// beside the register (operation, key, the OS user as saksbehandler, what was disclosed, formål), written before
/// anything is printed; it does not run without <c>--formal</c>, and prints nothing when the row cannot be written.
/// </summary>
internal static class RegisterKommando
{
    private const int Side = 1000;

    public static Command Lag()
    {
        var kjennemerke = new Option<string?>("--kjennemerke") { Description = "Kjennemerke, f.eks. \"BR 12345\"." };
        var kuid = new Option<string?>("--kuid") { Description = "Kjøretøyets kuid." };
        var understellsnummer = new Option<string?>("--understellsnummer") { Description = "Understellsnummer (VIN)." };
        var fnr = new Option<string?>("--fnr") { Description = "Fødselsnummer: kjøretøy personen eier, er medeier i eller leaser." };
        var orgnr = new Option<string?>("--organisasjonsnummer") { Description = "Organisasjonsnummer: kjøretøy organisasjonen eier, er medeier i eller leaser." };
        var dtg = new Option<string?>("--dtg") { Description = "Tidspunkt (ISO 8601 eller militær DTG, f.eks. \"151600A NOV 18\"). Standard: nå." };
        var formal = new Option<string?>("--formal") { Description = "Påkrevd: hvorfor oppslaget gjøres (høyst 100 tegn). Skrives i oppslagsloggen med OS-brukeren.", HelpName = "TEKST" };
        var saksreferanse = new Option<string?>("--saksreferanse") { Description = "Saken oppslaget gjøres i (høyst 100 tegn), skrevet i oppslagsloggen.", HelpName = "X" };
        var fiksOrg = Loggvalg.FiksOrg("Fiks-organisasjonen oppslaget gjøres for (UUID), så det vises i dens oppslagslogg og innsynsrapport. Uten: driftens egen (00000000-0000-0000-0000-000000000000).");
        var database = Lagringsvalg.DatabaseValg();
        var oppslag = new Command("oppslag", """
            Slår opp direkte i registerfilen og skriver en JSON-liste av KjoretoyResponse (SVVs v2.0-form).
            Oppslaget gir ut personopplysninger og skrives derfor i oppslagsloggen ved siden av registeret, som et
            API-oppslag: operasjon, søkenøkkel, OS-brukeren, utleverte kuider og fødsels-/organisasjonsnumre, formål.
            --formal er påkrevd. Avslutningskoder: 0 ok, 1 feil (f.eks. kunne ikke logges), 2 ugyldig bruk.
            """)
        {
            kjennemerke, kuid, understellsnummer, fnr, orgnr, dtg, formal, saksreferanse, fiksOrg, database,
        };
        oppslag.SetAction((parse, ct) => KjorAsync(
            [
                ("--kjennemerke", parse.GetValue(kjennemerke)),
                ("--kuid", parse.GetValue(kuid)),
                ("--understellsnummer", parse.GetValue(understellsnummer)),
                ("--fnr", parse.GetValue(fnr)),
                ("--organisasjonsnummer", parse.GetValue(orgnr)),
            ],
            parse.GetValue(dtg),
            new Revisjon(parse.GetValue(formal), parse.GetValue(saksreferanse), parse.GetValue(fiksOrg)),
            parse,
            parse.GetValue(database)!,
            ct));
        return new Command("register", "Drift av det innebygde registeret.") { Lagringsvalg.Postgres, oppslag };
    }

    private static async Task<int> KjorAsync((string Navn, string? Verdi)[] nokler, string? dtgTekst, Revisjon revisjon, ParseResult parse, string databasesti, CancellationToken ct)
    {
        var gitt = nokler.Where(n => n.Verdi is not null).ToList();
        if (gitt.Count != 1)
        {
            await Console.Error.WriteLineAsync("kjoretoy: oppgi nøyaktig ett av --kjennemerke, --kuid, --understellsnummer, --fnr og --organisasjonsnummer");
            return Kjoring.UgyldigBruk;
        }

        if (string.IsNullOrWhiteSpace(revisjon.Formal))
        {
            await Console.Error.WriteLineAsync("kjoretoy: --formal mangler: et direkte oppslag gir ut personopplysninger og skrives i oppslagsloggen med formål, f.eks. --formal \"Klage på parkeringsgebyr, sak 2026/123\"");
            return Kjoring.UgyldigBruk;
        }

        if (!Fritekst(revisjon.Formal, "--formal") || !Fritekst(revisjon.Saksreferanse, "--saksreferanse")
            || !Loggvalg.TryLesUuid(revisjon.FiksOrg, "--fiks-org", out var fiksOrgId))
        {
            return Kjoring.UgyldigBruk;
        }

        DateTimeOffset? tidspunkt = null;
        if (dtgTekst is not null)
        {
            if (!Dtg.TryParse(dtgTekst, out var dtg, out var feil))
            {
                await Console.Error.WriteLineAsync($"kjoretoy: --dtg: {feil}");
                return Kjoring.UgyldigBruk;
            }

            tidspunkt = dtg.Tidspunkt;
        }

        if (!Lagringsvalg.ErPostgres(parse) && !File.Exists(databasesti))
        {
            await Console.Error.WriteLineAsync($"kjoretoy: finner ikke registerfilen {Path.GetFullPath(databasesti)} (importer først, eller oppgi --database)");
            return Kjoring.Feil;
        }

        await using var tilgang = await Lagringsvalg.ApneRegisterAsync(parse, databasesti, ct);
        var register = tilgang.Register;
        var (navn, verdi) = gitt[0];
        IReadOnlyList<KjoretoyResponse>? svar = navn switch
        {
            "--kjennemerke" => Identifikatorvalg.Les<Kjennemerke>(verdi!, navn) is { } k ? [await register.Oppslag.SlaOppKjennemerkeAsync(k, tidspunkt, ct)] : null,
            "--kuid" => Identifikatorvalg.Les<Kuid>(verdi!, navn) is { } k ? [await register.Oppslag.SlaOppKuidAsync(k, tidspunkt, ct)] : null,
            "--understellsnummer" => Identifikatorvalg.Les<Understellsnummer>(verdi!, navn) is { } u ? await register.Oppslag.SlaOppUnderstellsnummerAsync(u, tidspunkt, ct) : null,
            "--fnr" => Identifikatorvalg.Les<Fodselsnummer>(verdi!, navn) is { } f
                ? await AlleSider((fra, c) => register.Oppslag.HentForPersonAsync(f, tidspunkt, fra, Side, c), ct)
                : null,
            _ => Identifikatorvalg.Les<Organisasjonsnummer>(verdi!, navn) is { } o
                ? await AlleSider((fra, c) => register.Oppslag.HentForOrganisasjonAsync(o, tidspunkt, fra, Side, c), ct)
                : null,
        };
        if (svar is null)
        {
            return Kjoring.UgyldigBruk;
        }

        var (kuider, parter, utfall) = Server.Oppslag.Loggforing.Innholdet(svar);
        var rad = new LoggRad(TimeProvider.System.GetUtcNow(), fiksOrgId ?? Guid.Empty, Guid.Empty, "", Klient, Operasjon(navn), verdi!.Trim(), tidspunkt,
            utfall, kuider, parter, Guid.NewGuid().ToString("N"), revisjon.Formal!.Trim(), "os:" + Environment.UserName, revisjon.Saksreferanse?.Trim());
        try
        {
            await tilgang.Oppslagslogg.SkrivAsync([rad], ct);
        }
        catch (OppslagsloggException feil)
        {
            await Console.Error.WriteLineAsync($"kjoretoy: oppslaget kunne ikke skrives i oppslagsloggen, og derfor skrives ingenting ut: {feil.Message}");
            return Kjoring.Feil;
        }

        await using var ut = Console.OpenStandardOutput();
        await JsonSerializer.SerializeAsync(ut, svar, KontraktJsonContext.Indented.IReadOnlyListKjoretoyResponse, ct);
        await ut.WriteAsync("\n"u8.ToArray(), ct);
        return Kjoring.Ok;
    }

    /// <summary>The audit row's client id for the operator's direct read (an API row holds the Maskinporten client_id there).</summary>
    public const string Klient = "kjoretoy register oppslag";

    private static string Operasjon(string valg) => valg switch
    {
        "--kjennemerke" => Operasjoner.Kjennemerke,
        "--kuid" => Operasjoner.Kuid,
        "--understellsnummer" => Operasjoner.Understellsnummer,
        "--fnr" => Operasjoner.Person,
        _ => Operasjoner.Organisasjon,
    };

    /// <summary>A free-text value for the audit row: at most 100 characters, no control characters (as the API's headers).</summary>
    private static bool Fritekst(string? verdi, string valg)
    {
        if (verdi is null || (verdi.Trim().Length <= Server.Tilgang.FiksTilgangFilter.MaksFormal && !verdi.Any(char.IsControl)))
        {
            return true;
        }

        Console.Error.WriteLine($"kjoretoy: {valg}: høyst {Server.Tilgang.FiksTilgangFilter.MaksFormal} tegn og ingen kontrolltegn");
        return false;
    }

    private sealed record Revisjon(string? Formal, string? Saksreferanse, string? FiksOrg);

    private static async Task<IReadOnlyList<KjoretoyResponse>> AlleSider(Func<int, CancellationToken, ValueTask<KjoretoySide>> hent, CancellationToken ct)
    {
        var alle = new List<KjoretoyResponse>();
        while (true)
        {
            var side = await hent(alle.Count, ct);
            alle.AddRange(side.Kjoretoy);
            if (side.Kjoretoy.Count < Side || alle.Count >= side.AntallTreffTotalt)
            {
                return alle;
            }
        }
    }
}

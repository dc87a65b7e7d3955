using System.CommandLine;
using Kjoretoyregister.Cli;
using Kjoretoyregister.Contracts;

namespace Kjoretoyregister.Client.Cli;

/// <summary>
/// <c>fiks-kjoretoy oppslag (--kjennemerke X... | --kuid X... | --understellsnummer X | --eiernavn N [--fylke NN] [--fodselsdato DATO] [--fonetisk] [--ekskluder-vraket-utfort] | --fnr X | --organisasjonsnummer X | --fil FILE) [--dtg T] [--formal F] [--konfig FILE] [--tabell]</c>:
/// a lookup through the API with the client SDK, as a fagsystem makes it (Maskinporten token, integration
/// headers), printing the answer as JSON or a table. Exit code 3 when nothing was found.
/// </summary>
internal static class OppslagKommando
{
    public static Command Lag()
    {
        var kjennemerke = new Option<string[]>("--kjennemerke") { Description = "Ett eller flere kjennemerker, f.eks. \"BR 12345\" BR12345.", HelpName = "X", AllowMultipleArgumentsPerToken = true };
        var kuid = new Option<string[]>("--kuid") { Description = "En eller flere kuider (kjøretøyets id hos SVV).", HelpName = "X", AllowMultipleArgumentsPerToken = true };
        var understellsnummer = new Option<string?>("--understellsnummer") { Description = "Understellsnummer (VIN); alle kjøretøy med det.", HelpName = "X" };
        var eiernavn = new Option<string?>("--eiernavn") { Description = "Søk på navnet til eier, medeier eller leasingtaker (hvert ord må være begynnelsen av et ord i navnet); alle sider hentes.", HelpName = "N" };
        var eiersok = new Eiersokopsjoner();
        var fnr = new Option<string?>("--fnr") { Description = "Fødselsnummer: kjøretøy personen eier, er medeier i eller leaser nå (KS v1).", HelpName = "X" };
        var orgnr = new Option<string?>("--organisasjonsnummer") { Description = "Organisasjonsnummer: kjøretøy organisasjonen eier, er medeier i eller leaser nå (KS v1); alle sider hentes.", HelpName = "X" };
        var fil = new Option<string?>("--fil") { Description = "Fil med ett kjennemerke per linje, eventuelt med ;dtg etter (AB12345;2024-01-01T12:00:00+01:00).", HelpName = "FILE" };
        var dtg = new Option<string?>("--dtg") { Description = "Tidspunkt for oppslaget (ISO 8601 eller militær DTG, f.eks. \"151600A NOV 18\"); med --fil for linjer uten egen dtg. Standard: nå.", HelpName = "T" };
        var formal = new Option<string?>("--formal") { Description = "Formålet med oppslaget (Formal-hodet), som føres i oppslagsloggen.", HelpName = "F" };
        var klientvalg = new Klientvalg();
        var tabell = new Option<bool>("--tabell") { Description = "Skriv en tabell i stedet for JSON." };
        var kommando = new Command("oppslag", """
            Slår opp i Fiks kjøretøyregister gjennom API-et, slik et fagsystem gjør: med Maskinporten-token,
            IntegrasjonId og IntegrasjonPassord fra --konfig, miljøvariablene Kjoretoyregister__... og valgene. Oppgi nøyaktig ett av --kjennemerke, --kuid,
            --understellsnummer, --eiernavn, --fnr, --organisasjonsnummer og --fil.
            Svaret skrives som JSON (SVVs v2.0-form; KS' v1-form for --fnr og --organisasjonsnummer), eller med
            --tabell som tabell: kjennemerke, kuid, understellsnummer, merke og modell, registreringsstatus, eier
            og svarkoden for det som ikke ble funnet.
            --fil: tomme linjer og linjer som begynner med # hoppes over; hele filen sjekkes før første kall.
            Kjennemerkene slås opp 100 om gangen, og svarene skrives som NDJSON, én linje per kjennemerke i filens
            rekkefølge: {"kjennemerke": ..., "dtg": ..., "svar": KjoretoyResponse}.
            Et kjennemerke, en kuid, et understellsnummer, et fødselsnummer eller et organisasjonsnummer som ikke er
            gyldig, avvises før noe kall (også i --fil), og et eiernavn må ha 2–200 tegn.
            Avslutningskoder: 0 minst ett treff, 1 feil (avvist av Maskinporten eller kjøretøyregisteret, eller
            ingen kontakt), 2 ugyldig bruk (også ugyldige verdier og innstillinger som ikke kan brukes), 3 ingen treff.
            """)
        {
            kjennemerke, kuid, understellsnummer, eiernavn, fnr, orgnr, fil, dtg, formal, tabell,
        };
        foreach (var valg in eiersok.Alle.Concat(klientvalg.Alle))
        {
            kommando.Options.Add(valg);
        }

        kommando.SetAction((parse, ct) => !eiersok.Les(parse, parse.GetValue(eiernavn) is not null, out var smalere) ? Task.FromResult(Kjoring.UgyldigBruk) : KjorAsync(
            new Valg(
                parse.GetValue(kjennemerke) ?? [], parse.GetValue(kuid) ?? [], parse.GetValue(understellsnummer), parse.GetValue(eiernavn),
                parse.GetValue(fnr), parse.GetValue(orgnr), parse.GetValue(fil), parse.GetValue(formal), parse.GetValue(tabell), smalere),
            parse.GetValue(dtg),
            () => klientvalg.Apne(parse),
            ct));
        return kommando;
    }

    private static async Task<int> KjorAsync(Valg v, string? dtgTekst, Func<Oppslagsklient?> apne, CancellationToken ct)
    {
        if (v.Oppslag() is not [var oppslag])
        {
            Kjoring.Meld("oppgi nøyaktig ett av --kjennemerke, --kuid, --understellsnummer, --eiernavn, --fnr, --organisasjonsnummer og --fil");
            return Kjoring.UgyldigBruk;
        }

        Dtg? dtg = null;
        if (dtgTekst is not null)
        {
            if (!Dtg.TryParse(dtgTekst, out var tolket, out var feil))
            {
                Kjoring.Meld($"--dtg: {feil}");
                return Kjoring.UgyldigBruk;
            }

            dtg = tolket;
        }

        if (dtg is not null && oppslag is "--fnr" or "--organisasjonsnummer")
        {
            Kjoring.Meld($"--dtg kan ikke brukes med {oppslag}: KS-oppslagene gjelder nå");
            return Kjoring.UgyldigBruk;
        }

        if (v.Tabell && oppslag == "--fil")
        {
            Kjoring.Meld("--tabell kan ikke brukes med --fil: svarene skrives som NDJSON");
            return Kjoring.UgyldigBruk;
        }

        if (v.Formal is { } tekst && (tekst.Length > 100 || tekst.Any(char.IsControl)))
        {
            // The server's rule for the Formal header; æ, ø and å are fine (the SDK sends it as UTF-8).
            Kjoring.Meld("--formal kan ha høyst 100 tegn og ingen kontrolltegn");
            return Kjoring.UgyldigBruk;
        }

        // Every identifier is checked (each bad one named) before the settings are read or anything is called.
        var gyldige = new[]
        {
            Identifikatorvalg.AlleGyldige<Kjennemerke>(v.Kjennemerker, "--kjennemerke"),
            Identifikatorvalg.AlleGyldige<Kuid>(v.Kuider, "--kuid"),
            Identifikatorvalg.AlleGyldige<Understellsnummer>([v.Understellsnummer], "--understellsnummer"),
            Identifikatorvalg.AlleGyldige<Fodselsnummer>([v.Fnr], "--fnr"),
            Identifikatorvalg.AlleGyldige<Organisasjonsnummer>([v.Orgnr], "--organisasjonsnummer"),
            Identifikatorvalg.GyldigEiernavn(v.Eiernavn, "--eiernavn"),
        };
        if (gyldige.Contains(false))
        {
            return Kjoring.UgyldigBruk;
        }

        var linjer = v.Fil is null ? null : Oppslagsfil.Les(v.Fil, dtg);
        if (v.Fil is not null && linjer is null)
        {
            return Kjoring.UgyldigBruk;
        }

        using var klient = apne();
        if (klient is null)
        {
            return Kjoring.UgyldigBruk;
        }

        var tidspunkt = dtg?.Tidspunkt;
        return await klient.KjorAsync((k, c) => oppslag switch
        {
            "--kjennemerke" => Oppslagskall.ListeAsync(k.SlaOppKjennemerkerAsync(v.Kjennemerker, tidspunkt, v.Formal, c), v.Kjennemerker, null, v.Tabell, c),
            "--kuid" => Oppslagskall.ListeAsync(k.SlaOppKuidAsync(v.Kuider, tidspunkt, v.Formal, c), null, v.Kuider, v.Tabell, c),
            "--understellsnummer" => Oppslagskall.ListeAsync(k.SlaOppUnderstellsnummerAsync(v.Understellsnummer!, tidspunkt, v.Formal, c), null, null, v.Tabell, c),
            "--eiernavn" => Oppslagskall.EiernavnAsync(k, v.Eiernavn!, v.Eiersok, tidspunkt, v.Formal, v.Tabell, c),
            "--fnr" => Oppslagskall.PersonAsync(k, v.Fnr!, v.Formal, v.Tabell, c),
            "--organisasjonsnummer" => Oppslagskall.OrganisasjonAsync(k, v.Orgnr!, v.Formal, v.Tabell, c),
            _ => Oppslagsfil.SlaOppAsync(k, linjer!, v.Formal, c),
        }, ct);
    }

    private sealed record Valg(
        string[] Kjennemerker, string[] Kuider, string? Understellsnummer, string? Eiernavn, string? Fnr, string? Orgnr,
        string? Fil, string? Formal, bool Tabell, Eiersokvalg? Eiersok)
    {
        /// <summary>The lookup options given.</summary>
        public string[] Oppslag() =>
        [
            .. new (string Navn, bool Gitt)[]
            {
                ("--kjennemerke", Kjennemerker.Length > 0), ("--kuid", Kuider.Length > 0), ("--understellsnummer", Understellsnummer is not null),
                ("--eiernavn", Eiernavn is not null), ("--fnr", Fnr is not null), ("--organisasjonsnummer", Orgnr is not null), ("--fil", Fil is not null),
            }.Where(o => o.Gitt).Select(o => o.Navn),
        ];
    }
}

using System.CommandLine;
using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Server.Forvaltning.Endringer;
using static Kjoretoyregister.Cli.ForvaltningKommando;

namespace Kjoretoyregister.Cli;

/// <summary>
/// <c>kjoretoy forvaltning integrasjon (opprett | liste | gi-tilgang | fjern-tilgang | krev-formal | ikke-krev-formal | bytt-passord | slett) ...</c>:
/// the integrations a Fiks organisation makes for its vendors. Every change is written to the change log.
/// </summary>
internal static class ForvaltningIntegrasjonKommando
{
    public static Command Lag(Option<string> dataDir) => new("integrasjon", "Integrasjonene en organisasjon har gitt leverandørene sine.")
    {
        Opprett(dataDir),
        Liste(dataDir),
        Endring(dataDir, "gi-tilgang", "Gir integrasjonen rett til å søke i kjøretøyregisteret.",
            (store, id, ct) => Tilgang(store, id, true, ct)),
        Endring(dataDir, "fjern-tilgang", "Fjerner integrasjonens rett til å søke; neste kall får 403.",
            (store, id, ct) => Tilgang(store, id, false, ct)),
        Endring(dataDir, "krev-formal", "Slår på «Formål påkrevd»: hvert oppslag må ha headeren Formal med en kode fra organisasjonens formålskatalog.",
            (store, id, ct) => FormalPakrevd(store, id, true, ct)),
        Endring(dataDir, "ikke-krev-formal", "Slår av «Formål påkrevd»: oppslag trenger ikke formål.",
            (store, id, ct) => FormalPakrevd(store, id, false, ct)),
        Endring(dataDir, "bytt-passord", "Lager et nytt passord og skriver det én gang; det gamle slutter å virke med en gang.", ByttPassordAsync),
        Endring(dataDir, "slett", "Sletter integrasjonen; kallene dens avvises med en gang.", SlettAsync),
    };

    private static Command Opprett(Option<string> dataDir)
    {
        var fiksOrg = IdValg("--fiks-org", "Fiks-organisasjonID-en til organisasjonen integrasjonen hører til.");
        var navn = new Option<string>("--navn") { Description = "Integrasjonens navn (høyst 200 tegn).", Required = true, HelpName = "NAVN" };
        var orgnr = new Option<string>("--orgnr")
        {
            Description = "Organisasjonsnummeret som får bruke integrasjonen: leverandøren som eier Maskinporten-klienten.",
            Required = true,
            HelpName = "ORGNR",
        };
        var beskrivelse = new Option<string?>("--beskrivelse") { Description = "Fritekst, f.eks. fagsystem og formål.", HelpName = "TEKST" };
        var kanSoke = new Option<bool>("--kan-soke") { Description = "Gi integrasjonen rett til å søke med en gang." };
        var kommando = new Command("opprett", "Oppretter en integrasjon og skriver IntegrasjonID og Integrasjonspassord. Passordet vises bare denne ene gangen.")
        {
            fiksOrg, navn, orgnr, beskrivelse, kanSoke,
        };
        kommando.SetAction(async (parse, ct) =>
        {
            if (LesId(parse.GetValue(fiksOrg)!, "--fiks-org") is not { } fiksOrgId
                || LesOrganisasjonsnummer(parse.GetValue(orgnr)!, "--orgnr") is not { } autorisert)
            {
                return Kjoring.UgyldigBruk;
            }

            return await MedFiksdataAsync(parse, dataDir, opprettFil: false, async fiks =>
            {
                if (await fiks.Store.HentOrganisasjonAsync(fiksOrgId, ct) is not { } organisasjon)
                {
                    return UkjentOrganisasjon(fiksOrgId);
                }

                var passord = Integrasjonspassord.Generer();
                var ny = new NyIntegrasjon(fiksOrgId, parse.GetValue(navn)!, autorisert, parse.GetValue(beskrivelse), parse.GetValue(kanSoke));
                var integrasjonId = Guid.NewGuid();
                var endring = Fiksdata.NyEndring(fiksOrgId, $"Opprettet integrasjonen «{ny.Navn.Trim()}»",
                    $"IntegrasjonID {integrasjonId}, autorisert organisasjonsnummer {autorisert}, kan søke: {Tabell.JaNei(ny.KanSoke)}");
                var integrasjon = await fiks.Store.OpprettIntegrasjonAsync(ny, Integrasjonspassord.Hash(passord), integrasjonId, endring, ct);
                if (autorisert == organisasjon.Organisasjonsnummer)
                {
                    await Console.Error.WriteLineAsync(
                        $"kjoretoy: advarsel: --orgnr {autorisert} er organisasjonens eget organisasjonsnummer. Det skal normalt være leverandørens, den som eier Maskinporten-klienten.");
                }

                Console.WriteLine($"Opprettet integrasjonen «{integrasjon.Navn}» for {organisasjon.Navn}.");
                Integrasjonsutskrift.SkrivPassord(integrasjon, passord);
                if (!integrasjon.KanSoke)
                {
                    Console.WriteLine($"Integrasjonen kan ikke søke ennå. Gi den tilgang med: kjoretoy forvaltning integrasjon gi-tilgang --id {integrasjon.IntegrasjonId}");
                }

                return Kjoring.Ok;
            });
        });
        return kommando;
    }

    private static Command Liste(Option<string> dataDir)
    {
        var fiksOrg = IdValg("--fiks-org", "Organisasjonens Fiks-organisasjonID.");
        var kommando = new Command("liste", "Lister organisasjonens integrasjoner (uten passord).") { fiksOrg };
        kommando.SetAction(async (parse, ct) =>
        {
            if (LesId(parse.GetValue(fiksOrg)!, "--fiks-org") is not { } fiksOrgId)
            {
                return Kjoring.UgyldigBruk;
            }

            return await MedFiksdataAsync(parse, dataDir, opprettFil: false, async fiks =>
            {
                if (await fiks.Store.HentOrganisasjonAsync(fiksOrgId, ct) is null)
                {
                    return UkjentOrganisasjon(fiksOrgId);
                }

                Integrasjonsutskrift.SkrivListe(await fiks.Store.ListIntegrasjonerAsync(fiksOrgId, ct));
                return Kjoring.Ok;
            });
        });
        return kommando;
    }

    private static Command Endring(Option<string> dataDir, string navn, string beskrivelse, Func<Fiksdata, Guid, CancellationToken, Task<int>> endre)
    {
        var id = IdValg("--id", "Integrasjonens IntegrasjonID.");
        var kommando = new Command(navn, beskrivelse) { id };
        kommando.SetAction(async (parse, ct) => LesId(parse.GetValue(id)!, "--id") is { } integrasjonId
            ? await MedFiksdataAsync(parse, dataDir, opprettFil: false, fiks => endre(fiks, integrasjonId, ct))
            : Kjoring.UgyldigBruk);
        return kommando;
    }

    private static async Task<int> Tilgang(Fiksdata fiks, Guid integrasjonId, bool kanSoke, CancellationToken ct)
    {
        if (await fiks.Store.HentIntegrasjonAsync(integrasjonId, ct) is not { } integrasjon
            || !await fiks.Store.SettKanSokeAsync(integrasjonId, kanSoke, KanSokeEndring(integrasjon, kanSoke), ct))
        {
            return UkjentIntegrasjon(integrasjonId);
        }

        Console.WriteLine(kanSoke
            ? $"Integrasjonen {integrasjonId} kan nå søke i kjøretøyregisteret."
            : $"Integrasjonen {integrasjonId} kan ikke lenger søke i kjøretøyregisteret.");
        return Kjoring.Ok;
    }

    private static async Task<int> FormalPakrevd(Fiksdata fiks, Guid integrasjonId, bool pakrevd, CancellationToken ct)
    {
        if (await fiks.Store.HentIntegrasjonAsync(integrasjonId, ct) is not { } integrasjon)
        {
            return UkjentIntegrasjon(integrasjonId);
        }

        var endring = integrasjon.FormalPakrevd == pakrevd ? null
            : Fiksdata.NyEndring(integrasjon.FiksOrgId,
                $"Slo {(pakrevd ? "på" : "av")} Formål påkrevd for integrasjonen «{integrasjon.Navn}»", $"IntegrasjonID {integrasjonId}");
        if (!await fiks.Store.SettFormalPakrevdAsync(integrasjonId, pakrevd, endring, ct))
        {
            return UkjentIntegrasjon(integrasjonId);
        }

        Console.WriteLine(pakrevd
            ? $"Integrasjonen {integrasjonId} må nå oppgi et formål fra formålskatalogen i hvert oppslag."
            : $"Integrasjonen {integrasjonId} trenger ikke lenger oppgi formål.");
        return Kjoring.Ok;
    }

    private static async Task<int> ByttPassordAsync(Fiksdata fiks, Guid integrasjonId, CancellationToken ct)
    {
        var passord = Integrasjonspassord.Generer();
        if (await fiks.Store.HentIntegrasjonAsync(integrasjonId, ct) is not { } integrasjon
            || !await fiks.Store.ByttPassordhashAsync(integrasjonId, Integrasjonspassord.Hash(passord),
                Fiksdata.NyEndring(integrasjon.FiksOrgId, $"Laget nytt passord for integrasjonen «{integrasjon.Navn}»", $"IntegrasjonID {integrasjonId}"), ct))
        {
            return UkjentIntegrasjon(integrasjonId);
        }

        Console.WriteLine($"Nytt passord for integrasjonen «{integrasjon.Navn}». Det gamle virker ikke lenger.");
        Integrasjonsutskrift.SkrivPassord(integrasjon, passord);
        return Kjoring.Ok;
    }

    private static async Task<int> SlettAsync(Fiksdata fiks, Guid integrasjonId, CancellationToken ct)
    {
        if (await fiks.Store.HentIntegrasjonAsync(integrasjonId, ct) is not { } integrasjon
            || !await fiks.Store.SlettIntegrasjonAsync(integrasjonId,
                Fiksdata.NyEndring(integrasjon.FiksOrgId, $"Slettet integrasjonen «{integrasjon.Navn}»", $"IntegrasjonID {integrasjonId}"), ct))
        {
            return UkjentIntegrasjon(integrasjonId);
        }

        Console.WriteLine($"Slettet integrasjonen {integrasjonId}.");
        return Kjoring.Ok;
    }

    /// <summary>The entry of a change of the right to search; none when it is already so.</summary>
    private static Endring? KanSokeEndring(Integrasjon integrasjon, bool kanSoke) => integrasjon.KanSoke == kanSoke ? null
        : Fiksdata.NyEndring(integrasjon.FiksOrgId,
            kanSoke ? $"Ga integrasjonen «{integrasjon.Navn}» rett til å søke" : $"Fjernet integrasjonen «{integrasjon.Navn}» sin rett til å søke",
            $"IntegrasjonID {integrasjon.IntegrasjonId}");
}

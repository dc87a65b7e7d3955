using System.CommandLine;
using Kjoretoyregister.Server.Forvaltning;
using static Kjoretoyregister.Cli.ForvaltningKommando;

namespace Kjoretoyregister.Cli;

/// <summary>
/// <c>kjoretoy forvaltning formal (liste | legg-til | endre | fjern) --fiks-org UUID ...</c>: an organisation's
/// formål catalogue, the codes a fagsystem sends in the header <c>Formal</c> and an integration with
/// "Formål påkrevd" must use. Every change is written to the change log.
/// </summary>
internal static class ForvaltningFormalKommando
{
    public static Command Lag(Option<string> dataDir) => new("formal", "Formålskatalogen til en organisasjon: kodene fagsystemene sender i headeren Formal.")
    {
        Liste(dataDir),
        LeggTil(dataDir),
        Endre(dataDir),
        Fjern(dataDir),
    };

    private static Option<string> FiksOrg() => IdValg("--fiks-org", "Organisasjonens Fiks-organisasjonID.");

    private static Option<string> Kode() =>
        new("--kode") { Description = $"Formålets kode: {Formalskatalog.Kodeformat}, f.eks. PARKERINGSGEBYR.", Required = true, HelpName = "KODE" };

    private static Option<string> Beskrivelse() =>
        new("--beskrivelse") { Description = $"Hva formålet dekker (høyst {Formalskatalog.MaksBeskrivelse} tegn).", Required = true, HelpName = "TEKST" };

    private static Command Liste(Option<string> dataDir)
    {
        var fiksOrg = FiksOrg();
        var kommando = new Command("liste", "Lister formålene i katalogen.") { fiksOrg };
        kommando.SetAction(async (parse, ct) => await MedOrganisasjonAsync(parse, dataDir, fiksOrg, ct, async (fiks, fiksOrgId) =>
        {
            Tabell.Skriv(["Kode", "Beskrivelse"], (await fiks.Store.ListFormalAsync(fiksOrgId, ct)).Select(f => new[] { f.Kode, f.Beskrivelse }));
            return Kjoring.Ok;
        }));
        return kommando;
    }

    private static Command LeggTil(Option<string> dataDir)
    {
        var (fiksOrg, kode, beskrivelse) = (FiksOrg(), Kode(), Beskrivelse());
        var kommando = new Command("legg-til", "Legger et formål til i katalogen.") { fiksOrg, kode, beskrivelse };
        kommando.SetAction(async (parse, ct) =>
        {
            if (Les(() => Formalskatalog.Kode(parse.GetValue(kode)), "--kode") is not { } gyldigKode
                || Les(() => Formalskatalog.Beskrivelse(parse.GetValue(beskrivelse)), "--beskrivelse") is not { } gyldigBeskrivelse)
            {
                return Kjoring.UgyldigBruk;
            }

            var ny = new Formal(gyldigKode, gyldigBeskrivelse);
            return await MedOrganisasjonAsync(parse, dataDir, fiksOrg, ct, async (fiks, fiksOrgId) =>
            {
                await fiks.Store.LeggTilFormalAsync(fiksOrgId, ny,
                    Fiksdata.NyEndring(fiksOrgId, $"La til formålet {ny.Kode} i formålskatalogen", $"Beskrivelse: {ny.Beskrivelse}"), ct);
                Console.WriteLine($"La til formålet {ny.Kode}.");
                return Kjoring.Ok;
            });
        });
        return kommando;
    }

    private static Command Endre(Option<string> dataDir)
    {
        var (fiksOrg, kode, beskrivelse) = (FiksOrg(), Kode(), Beskrivelse());
        var kommando = new Command("endre", "Endrer beskrivelsen av et formål.") { fiksOrg, kode, beskrivelse };
        kommando.SetAction(async (parse, ct) =>
        {
            if (Les(() => Formalskatalog.Beskrivelse(parse.GetValue(beskrivelse)), "--beskrivelse") is not { } nyBeskrivelse)
            {
                return Kjoring.UgyldigBruk;
            }

            return await MedOrganisasjonAsync(parse, dataDir, fiksOrg, ct, async (fiks, fiksOrgId) =>
            {
                var onsket = Formalskatalog.Normaliser(parse.GetValue(kode));
                if ((await fiks.Store.ListFormalAsync(fiksOrgId, ct)).FirstOrDefault(f => f.Kode == onsket) is not { } gjeldende)
                {
                    return UkjentFormal(onsket);
                }

                var endret = gjeldende with { Beskrivelse = nyBeskrivelse };
                if (endret != gjeldende && !await fiks.Store.EndreFormalAsync(fiksOrgId, endret,
                    Fiksdata.NyEndring(fiksOrgId, $"Endret beskrivelsen av formålet {endret.Kode}", $"Fra «{gjeldende.Beskrivelse}» til «{endret.Beskrivelse}»"), ct))
                {
                    return UkjentFormal(onsket);
                }

                Console.WriteLine($"Endret beskrivelsen av formålet {endret.Kode}.");
                return Kjoring.Ok;
            });
        });
        return kommando;
    }

    private static Command Fjern(Option<string> dataDir)
    {
        var (fiksOrg, kode) = (FiksOrg(), Kode());
        var kommando = new Command("fjern", "Fjerner et formål fra katalogen; integrasjoner med «Formål påkrevd» kan ikke bruke det lenger.") { fiksOrg, kode };
        kommando.SetAction(async (parse, ct) => await MedOrganisasjonAsync(parse, dataDir, fiksOrg, ct, async (fiks, fiksOrgId) =>
        {
            var onsket = Formalskatalog.Normaliser(parse.GetValue(kode));
            if ((await fiks.Store.ListFormalAsync(fiksOrgId, ct)).FirstOrDefault(f => f.Kode == onsket) is not { } gjeldende
                || !await fiks.Store.FjernFormalAsync(fiksOrgId, gjeldende.Kode,
                    Fiksdata.NyEndring(fiksOrgId, $"Fjernet formålet {gjeldende.Kode} fra formålskatalogen", $"Beskrivelse: {gjeldende.Beskrivelse}"), ct))
            {
                return UkjentFormal(onsket);
            }

            Console.WriteLine($"Fjernet formålet {gjeldende.Kode}.");
            return Kjoring.Ok;
        }));
        return kommando;
    }

    /// <summary>Runs <paramref name="arbeid"/> for an organisation that exists; exit 1 when it does not.</summary>
    private static async Task<int> MedOrganisasjonAsync(ParseResult parse, Option<string> dataDir, Option<string> fiksOrg, CancellationToken ct, Func<Fiksdata, Guid, Task<int>> arbeid)
    {
        if (LesId(parse.GetValue(fiksOrg)!, "--fiks-org") is not { } fiksOrgId)
        {
            return Kjoring.UgyldigBruk;
        }

        return await MedFiksdataAsync(parse, dataDir, opprettFil: false, async fiks =>
            await fiks.Store.HentOrganisasjonAsync(fiksOrgId, ct) is null ? UkjentOrganisasjon(fiksOrgId) : await arbeid(fiks, fiksOrgId));
    }

    /// <summary>The checked value; null (after saying why, naming the option, on stderr) when the rule refuses it.</summary>
    private static string? Les(Func<string> sjekk, string valg)
    {
        try
        {
            return sjekk();
        }
        catch (ForvaltningException feil)
        {
            Console.Error.WriteLine($"kjoretoy: {valg}: {feil.Message}");
            return null;
        }
    }

    private static int UkjentFormal(string kode)
    {
        Console.Error.WriteLine($"kjoretoy: formålet «{kode}» finnes ikke i katalogen.");
        return Kjoring.Feil;
    }
}

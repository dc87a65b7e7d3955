using System.CommandLine;
using static Kjoretoyregister.Cli.ForvaltningKommando;

namespace Kjoretoyregister.Cli;

/// <summary>
/// <c>kjoretoy forvaltning organisasjon (opprett --navn N --orgnr X [--fiks-org-id UUID] | liste |
/// avtaler --fiks-org UUID [--hovedavtale DATO|ingen] [--tjenestevedlegg DATO|ingen] | kvote --fiks-org UUID [--integrasjon-per-sekund N] ... | aktiver --fiks-org ID | deaktiver --fiks-org ID)</c>
/// </summary>
internal static class ForvaltningOrganisasjonKommando
{
    public static Command Lag(Option<string> dataDir) => new("organisasjon", "Fiks-organisasjoner (kommuner), avtalene deres og kjøretøyregister-tjenesten deres.")
    {
        Opprett(dataDir),
        Liste(dataDir),
        ForvaltningAvtalerKommando.Lag(dataDir),
        ForvaltningKvoteKommando.Lag(dataDir),
        Aktivering(dataDir, "aktiver", true, "Aktiverer kjøretøyregister-tjenesten for organisasjonen. Hovedavtalen og Tjenestevedlegget må være registrert som signert (se 'avtaler')."),
        Aktivering(dataDir, "deaktiver", false, "Deaktiverer kjøretøyregister-tjenesten: organisasjonens integrasjoner får 403 fra neste kall."),
    };

    private static Command Opprett(Option<string> dataDir)
    {
        var navn = new Option<string>("--navn") { Description = "Organisasjonens navn (høyst 200 tegn).", Required = true, HelpName = "NAVN" };
        var orgnr = new Option<string>("--orgnr") { Description = "Organisasjonens organisasjonsnummer (9 sifre).", Required = true, HelpName = "ORGNR" };
        var id = new Option<string?>("--fiks-org-id") { Description = "Fiks-organisasjonID å bruke (standard: en ny).", HelpName = "UUID" };
        var kommando = new Command("opprett", "Oppretter en Fiks-organisasjon og skriver Fiks-organisasjonID-en. Tjenesten er ikke aktivert før avtalene er registrert og 'aktiver' er kjørt.")
        {
            navn, orgnr, id,
        };
        kommando.SetAction(async (parse, ct) =>
        {
            if (LesOrganisasjonsnummer(parse.GetValue(orgnr)!, "--orgnr") is not { } organisasjonsnummer)
            {
                return Kjoring.UgyldigBruk;
            }

            Guid? fiksOrgId = null;
            if (parse.GetValue(id) is { } tekst && (fiksOrgId = LesId(tekst, "--fiks-org-id")) is null)
            {
                return Kjoring.UgyldigBruk;
            }

            return await MedFiksdataAsync(parse, dataDir, opprettFil: true, async fiks =>
            {
                var nyId = fiksOrgId ?? Guid.NewGuid();
                var organisasjon = await fiks.Store.OpprettOrganisasjonAsync(parse.GetValue(navn)!, organisasjonsnummer, nyId,
                    Fiksdata.NyEndring(nyId, "Opprettet organisasjonen", $"«{parse.GetValue(navn)!.Trim()}» ({organisasjonsnummer})"), ct);
                Console.WriteLine($"Opprettet organisasjonen «{organisasjon.Navn}» ({organisasjon.Organisasjonsnummer}).");
                Console.WriteLine($"Fiks-organisasjonID: {organisasjon.FiksOrgId}");
                Console.WriteLine($"Kjøretøyregister-tjenesten er ikke aktivert. Registrer avtalene (dagene de ble signert, {DatoPlassholder}) og aktiver den med:");
                var id = organisasjon.FiksOrgId.ToString();
                Console.WriteLine("  " + Forslag(parse, dataDir, "organisasjon", "avtaler", "--fiks-org", id, "--hovedavtale", DatoPlassholder, "--tjenestevedlegg", DatoPlassholder));
                Console.WriteLine("  " + Forslag(parse, dataDir, "organisasjon", "aktiver", "--fiks-org", id));
                return Kjoring.Ok;
            });
        });
        return kommando;
    }

    private static Command Liste(Option<string> dataDir)
    {
        var kommando = new Command("liste", "Lister organisasjonene: Fiks-organisasjonID, navn, organisasjonsnummer og om tjenesten er aktivert.");
        kommando.SetAction((parse, ct) => MedFiksdataAsync(parse, dataDir, opprettFil: false, async fiks =>
        {
            var organisasjoner = await fiks.Store.ListOrganisasjonerAsync(ct);
            Tabell.Skriv(
                ["Fiks-organisasjonID", "Navn", "Organisasjonsnummer", "Tjeneste aktivert"],
                organisasjoner.Select(o => new[] { o.FiksOrgId.ToString(), o.Navn, o.Organisasjonsnummer.ToString(), Tabell.JaNei(o.KjoretoyregisterAktivert) }));
            return Kjoring.Ok;
        }));
        return kommando;
    }

    private static Command Aktivering(Option<string> dataDir, string navn, bool aktivert, string beskrivelse)
    {
        var fiksOrg = IdValg("--fiks-org", "Organisasjonens Fiks-organisasjonID.");
        var kommando = new Command(navn, beskrivelse) { fiksOrg };
        kommando.SetAction(async (parse, ct) =>
        {
            if (LesId(parse.GetValue(fiksOrg)!, "--fiks-org") is not { } fiksOrgId)
            {
                return Kjoring.UgyldigBruk;
            }

            return await MedFiksdataAsync(parse, dataDir, opprettFil: false, async fiks =>
            {
                var for_ = await fiks.Store.HentOrganisasjonAsync(fiksOrgId, ct);
                var endring = for_ is not null && for_.KjoretoyregisterAktivert != aktivert
                    ? Fiksdata.NyEndring(fiksOrgId, aktivert ? "Aktiverte kjøretøyregister-tjenesten" : "Deaktiverte kjøretøyregister-tjenesten", null)
                    : null;
                if (for_ is null || !await fiks.Store.SettKjoretoyregisterAktivertAsync(fiksOrgId, aktivert, endring, ct))
                {
                    return UkjentOrganisasjon(fiksOrgId);
                }

                Console.WriteLine($"Kjøretøyregister-tjenesten er {(aktivert ? "aktivert" : "deaktivert")} for {fiksOrgId}.");
                return Kjoring.Ok;
            });
        });
        return kommando;
    }
}

using System.CommandLine;
using Kjoretoyregister.Contracts;
using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Server.Forvaltning.Kontoer;
using static Kjoretoyregister.Cli.ForvaltningKommando;

namespace Kjoretoyregister.Cli;

/// <summary>
/// <c>kjoretoy forvaltning bruker (opprett --brukernavn X --navn N [--ks-administrator] [--fiks-org UUID] | liste |
/// gi-administrator --brukernavn X --fiks-org UUID | fjern-administrator --brukernavn X --fiks-org UUID | bytt-passord --brukernavn X |
/// gi-oppslag/fjern-oppslag (--brukernavn X | --oidc-identitet S) --fiks-org UUID)</c>: the accounts
/// that log in to Fiks forvaltning. Passwords are generated and shown once; every change is written to the change log.
/// </summary>
internal static partial class ForvaltningBrukerKommando
{
    public static Command Lag(Option<string> dataDir) => new("bruker", "Brukerne av Fiks forvaltning: KS-administratorer, lokale administratorer og saksbehandlere (rollen Oppslag) for en organisasjon.")
    {
        Opprett(dataDir),
        Liste(dataDir),
        Rolle(dataDir, "gi-administrator", true, "Gjør brukeren til lokal administrator for organisasjonen."),
        Rolle(dataDir, "fjern-administrator", false, "Fjerner brukerens rolle som lokal administrator for organisasjonen; det virker fra neste forespørsel."),
        ByttPassord(dataDir),
        Oppslag(dataDir, "gi-oppslag", true, "Gir brukeren rollen Oppslag (saksbehandler) for organisasjonen. En OIDC-identitet som aldri har logget inn, får en konto uten passord."),
        Oppslag(dataDir, "fjern-oppslag", false, "Fjerner brukerens rolle Oppslag for organisasjonen; det virker fra neste forespørsel."),
    };

    private static Command Opprett(Option<string> dataDir)
    {
        var brukernavn = new Option<string>("--brukernavn") { Description = Brukernavnregler.Melding, Required = true, HelpName = "BRUKERNAVN" };
        var navn = new Option<string>("--navn") { Description = "Personens navn (høyst 200 tegn).", Required = true, HelpName = "NAVN" };
        var ks = new Option<bool>("--ks-administrator") { Description = "KS-administrator: administrerer plattformen og alle organisasjoner." };
        var organisasjon = new Option<string?>("--fiks-org") { Description = "Gjør brukeren til lokal administrator for denne organisasjonen.", HelpName = "UUID" };
        var kommando = new Command("opprett", "Oppretter en bruker med et generert passord og skriver det. Passordet vises bare denne ene gangen.")
        {
            brukernavn, navn, ks, organisasjon,
        };
        kommando.SetAction(async (parse, ct) =>
        {
            if (Brukernavnregler.Gyldig(parse.GetValue(brukernavn)) is not { } gyldig)
            {
                await Console.Error.WriteLineAsync($"kjoretoy: --brukernavn: {Brukernavnregler.Melding}");
                return Kjoring.UgyldigBruk;
            }

            Guid? fiksOrgId = null;
            if (parse.GetValue(organisasjon) is { } tekst && (fiksOrgId = LesId(tekst, "--fiks-org")) is null)
            {
                return Kjoring.UgyldigBruk;
            }

            return await MedFiksdataAsync(parse, dataDir, opprettFil: true, async fiks =>
            {
                Organisasjon? kommune = null;
                if (fiksOrgId is { } id && (kommune = await fiks.Store.HentOrganisasjonAsync(id, ct)) is null)
                {
                    return UkjentOrganisasjon(id);
                }

                var passord = Integrasjonspassord.Generer();
                // One entry for the account and its role: written with the account, the role follows at once.
                var roller = string.Join(", ", Roller(parse.GetValue(ks), kommune));
                var endring = Fiksdata.NyEndring(kommune?.FiksOrgId, $"Opprettet brukeren {gyldig}", $"Navn «{parse.GetValue(navn)!.Trim()}»; {roller}");
                var bruker = await fiks.Brukere.OpprettAsync(gyldig, parse.GetValue(navn)!, Integrasjonspassord.Hash(passord), parse.GetValue(ks), endring, ct);
                if (kommune is not null)
                {
                    await fiks.Brukere.GiAdministratorAsync(bruker.Brukernavn, kommune.FiksOrgId, cancellationToken: ct);
                }

                Console.WriteLine($"Opprettet brukeren «{bruker.Navn}» ({roller}).");
                if (!parse.GetValue(ks) && kommune is null)
                {
                    Console.WriteLine("Gjør brukeren til lokal administrator for en organisasjon (Fiks-organisasjonID-en står i 'organisasjon liste') med:");
                    Console.WriteLine("  " + Forslag(parse, dataDir, "bruker", "gi-administrator", "--brukernavn", bruker.Brukernavn, "--fiks-org", IdPlassholder));
                }

                SkrivPassord(bruker.Brukernavn, passord, Forslag(parse, dataDir, "bruker", "bytt-passord", "--brukernavn", bruker.Brukernavn));
                return Kjoring.Ok;
            });
        });
        return kommando;
    }

    private static Command Liste(Option<string> dataDir)
    {
        var kommando = new Command("liste", "Lister brukerne: brukernavn, navn, rolle, organisasjonene de er lokal administrator og saksbehandler (Oppslag) for, og om de er sperret.");
        kommando.SetAction((parse, ct) => MedFiksdataAsync(parse, dataDir, opprettFil: false, async fiks =>
        {
            var rader = new List<string[]>();
            foreach (var bruker in await fiks.Brukere.ListAsync(ct))
            {
                var sperretTil = (await fiks.Brukere.HentInnloggingAsync(bruker.Brukernavn, ct))?.SperretTil;
                rader.Add(
                [
                    bruker.Brukernavn, bruker.Navn, Tabell.JaNei(bruker.KsAdministrator), string.Join(' ', bruker.Organisasjoner), string.Join(' ', bruker.Oppslag),
                    sperretTil > TimeProvider.System.GetUtcNow() ? "til " + NorskTid.Formater(sperretTil.Value) : "nei",
                ]);
            }

            Tabell.Skriv(["Brukernavn", "Navn", "KS-administrator", "Lokal administrator for", "Oppslag for", "Sperret"], rader);
            return Kjoring.Ok;
        }));
        return kommando;
    }

    private static Command Rolle(Option<string> dataDir, string navn, bool gi, string beskrivelse)
    {
        var brukernavn = new Option<string>("--brukernavn") { Description = "Brukerens brukernavn.", Required = true, HelpName = "BRUKERNAVN" };
        var fiksOrg = IdValg("--fiks-org", "Organisasjonens Fiks-organisasjonID.");
        var kommando = new Command(navn, beskrivelse) { brukernavn, fiksOrg };
        kommando.SetAction(async (parse, ct) =>
        {
            if (LesId(parse.GetValue(fiksOrg)!, "--fiks-org") is not { } fiksOrgId)
            {
                return Kjoring.UgyldigBruk;
            }

            return await MedFiksdataAsync(parse, dataDir, opprettFil: false, async fiks =>
            {
                if (await fiks.Brukere.HentAsync(parse.GetValue(brukernavn)!, ct) is not { } bruker)
                {
                    return UkjentBruker(parse.GetValue(brukernavn)!);
                }

                var endring = gi != bruker.Organisasjoner.Contains(fiksOrgId)
                    ? Fiksdata.NyEndring(fiksOrgId, gi ? $"Gjorde {bruker.Brukernavn} til lokal administrator" : $"Fjernet {bruker.Brukernavn} som lokal administrator", null)
                    : null;
                if (gi && !await fiks.Brukere.GiAdministratorAsync(bruker.Brukernavn, fiksOrgId, endring, ct))
                {
                    return UkjentOrganisasjon(fiksOrgId);
                }

                if (!gi && !await fiks.Brukere.FjernAdministratorAsync(bruker.Brukernavn, fiksOrgId, endring, ct))
                {
                    await Console.Error.WriteLineAsync($"kjoretoy: «{bruker.Brukernavn}» er ikke lokal administrator for {fiksOrgId}.");
                    return Kjoring.Feil;
                }

                Console.WriteLine(gi
                    ? $"«{bruker.Brukernavn}» er lokal administrator for {fiksOrgId}."
                    : $"«{bruker.Brukernavn}» er ikke lenger lokal administrator for {fiksOrgId}.");
                return Kjoring.Ok;
            });
        });
        return kommando;
    }

    private static Command ByttPassord(Option<string> dataDir)
    {
        var brukernavn = new Option<string>("--brukernavn") { Description = "Brukerens brukernavn.", Required = true, HelpName = "BRUKERNAVN" };
        var kommando = new Command("bytt-passord", "Lager et nytt passord og skriver det én gang; det gamle slutter å virke, brukerens økter avsluttes og en sperre oppheves.")
        {
            brukernavn,
        };
        kommando.SetAction((parse, ct) => MedFiksdataAsync(parse, dataDir, opprettFil: false, async fiks =>
        {
            var passord = Integrasjonspassord.Generer();
            if (await fiks.Brukere.HentAsync(parse.GetValue(brukernavn)!, ct) is not { } bruker
                || !await fiks.Brukere.ByttPassordAsync(bruker.Brukernavn, Integrasjonspassord.Hash(passord),
                    Fiksdata.NyEndring(null, $"Laget nytt passord for brukeren {bruker.Brukernavn}", null), ct))
            {
                return UkjentBruker(parse.GetValue(brukernavn)!);
            }

            Console.WriteLine($"Nytt passord for «{bruker.Navn}». Det gamle virker ikke lenger.");
            SkrivPassord(bruker.Brukernavn, passord, Forslag(parse, dataDir, "bruker", "bytt-passord", "--brukernavn", bruker.Brukernavn));
            return Kjoring.Ok;
        }));
        return kommando;
    }

    private static IEnumerable<string> Roller(bool ksAdministrator, Organisasjon? kommune)
    {
        if (ksAdministrator)
        {
            yield return "KS-administrator";
        }

        if (kommune is not null)
        {
            yield return $"lokal administrator for «{kommune.Navn}»";
        }

        if (!ksAdministrator && kommune is null)
        {
            yield return "ingen organisasjoner ennå";
        }
    }

    /// <summary>The only place a person's generated password is shown: once, right after it was made.</summary>
    private static void SkrivPassord(string brukernavn, string passord, string byttPassord) => Console.WriteLine($"""

        Brukernavn: {brukernavn}
        Passord:    {passord}

        Passordet vises bare denne ene gangen og kan ikke hentes fram igjen: bare en hash av det er lagret.
        Gi det til brukeren på en sikker kanal. Brukeren kan velge sitt eget passord under Konto i Fiks forvaltning.
        Kommer det bort, lag et nytt med: {byttPassord}

        """);
}

using System.CommandLine;
using Kjoretoyregister.Server.Forvaltning.Kontoer;
using static Kjoretoyregister.Cli.ForvaltningKommando;

namespace Kjoretoyregister.Cli;

/// <summary>
/// <c>bruker gi-oppslag|fjern-oppslag (--brukernavn X | --oidc-identitet S) --fiks-org UUID</c>: the role
/// <c>Oppslag</c> (saksbehandler), for a local account by username or for a person who signs in with OpenID
/// Connect by the provider's subject (the account <c>oidc:S</c>, created without a password when granting to
/// a person who never signed in). Written to the change log like the page's changes.
/// </summary>
internal static partial class ForvaltningBrukerKommando
{
    private static Command Oppslag(Option<string> dataDir, string navn, bool gi, string beskrivelse)
    {
        var brukernavn = new Option<string?>("--brukernavn") { Description = "Brukernavnet til en lokal konto.", HelpName = "BRUKERNAVN" };
        var identitet = new Option<string?>("--oidc-identitet") { Description = "Personens identitet fra OpenID Connect (pid fra ID-porten, oid fra Entra ID), med eller uten oidc: foran.", HelpName = "IDENTITET" };
        var fiksOrg = IdValg("--fiks-org", "Organisasjonens Fiks-organisasjonID.");
        var kommando = new Command(navn, beskrivelse) { brukernavn, identitet, fiksOrg };
        kommando.SetAction(async (parse, ct) =>
        {
            var lokal = parse.GetValue(brukernavn);
            var oidc = parse.GetValue(identitet);
            if ((lokal is null) == (oidc is null))
            {
                await Console.Error.WriteLineAsync("kjoretoy: oppgi enten --brukernavn eller --oidc-identitet.");
                return Kjoring.UgyldigBruk;
            }

            if (oidc is not null && Oidcidentitet.Gyldig(oidc) is null)
            {
                await Console.Error.WriteLineAsync($"kjoretoy: --oidc-identitet: {Oidcidentitet.Melding}");
                return Kjoring.UgyldigBruk;
            }

            if (LesId(parse.GetValue(fiksOrg)!, "--fiks-org") is not { } fiksOrgId)
            {
                return Kjoring.UgyldigBruk;
            }

            return await MedFiksdataAsync(parse, dataDir, opprettFil: false, async fiks =>
            {
                if (gi && oidc is not null && await fiks.Store.HentOrganisasjonAsync(fiksOrgId, ct) is null)
                {
                    return UkjentOrganisasjon(fiksOrgId);
                }

                var bruker = oidc is null ? await fiks.Brukere.HentAsync(lokal!, ct)
                    : gi ? await fiks.Brukere.OpprettOidcAsync(oidc, Fiksdata.NyEndring(fiksOrgId, $"Opprettet kontoen {Oidcidentitet.Brukernavn(oidc)} (OpenID Connect)", null), ct)
                    : await fiks.Brukere.HentAsync(Oidcidentitet.Brukernavn(oidc), ct);
                if (bruker is null)
                {
                    return UkjentBruker(lokal ?? Oidcidentitet.Brukernavn(oidc));
                }

                var endring = gi != bruker.Oppslag.Contains(fiksOrgId)
                    ? Fiksdata.NyEndring(fiksOrgId, gi ? $"Ga {bruker.Brukernavn} rollen Oppslag" : $"Fjernet rollen Oppslag fra {bruker.Brukernavn}", null)
                    : null;
                if (gi && !await fiks.Brukere.GiOppslagAsync(bruker.Brukernavn, fiksOrgId, endring, ct))
                {
                    return UkjentOrganisasjon(fiksOrgId);
                }

                if (!gi && !await fiks.Brukere.FjernOppslagAsync(bruker.Brukernavn, fiksOrgId, endring, ct))
                {
                    await Console.Error.WriteLineAsync($"kjoretoy: «{bruker.Brukernavn}» har ikke rollen Oppslag for {fiksOrgId}.");
                    return Kjoring.Feil;
                }

                Console.WriteLine(gi
                    ? $"«{bruker.Brukernavn}» har rollen Oppslag for {fiksOrgId}."
                    : $"«{bruker.Brukernavn}» har ikke lenger rollen Oppslag for {fiksOrgId}.");
                return Kjoring.Ok;
            });
        });
        return kommando;
    }
}

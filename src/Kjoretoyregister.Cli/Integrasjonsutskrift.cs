using Kjoretoyregister.Server.Forvaltning;

namespace Kjoretoyregister.Cli;

/// <summary>What the integration commands print: the one-time password block and the listing.</summary>
internal static class Integrasjonsutskrift
{
    /// <summary>
    /// The only place a password is ever shown: once, right after it was made, with the block the
    /// organisation sends to its vendor.
    /// </summary>
    public static void SkrivPassord(Integrasjon integrasjon, string passord)
    {
        Console.WriteLine($"""

            IntegrasjonID:       {integrasjon.IntegrasjonId}
            Integrasjonspassord: {passord}

            Passordet vises bare denne ene gangen og kan ikke hentes fram igjen: bare en hash av det er lagret.
            Kommer det bort, lag et nytt med: kjoretoy forvaltning integrasjon bytt-passord --id {integrasjon.IntegrasjonId}

            Send dette til leverandøren på en sikker kanal (ikke vanlig e-post):
            -----
            IntegrasjonID: {integrasjon.IntegrasjonId}
            Integrasjonspassord: {passord}
            Fiks-organisasjonID: {integrasjon.FiksOrgId}
            -----

            """);
    }

    public static void SkrivListe(IReadOnlyList<Integrasjon> integrasjoner) =>
        Tabell.Skriv(
            ["IntegrasjonID", "Navn", "Autorisert organisasjonsnummer", "Kan søke", "Formål påkrevd", "Beskrivelse"],
            integrasjoner.Select(i => new[]
            {
                i.IntegrasjonId.ToString(), i.Navn, i.AutorisertOrganisasjonsnummer.ToString(), Tabell.JaNei(i.KanSoke), Tabell.JaNei(i.FormalPakrevd), i.Beskrivelse ?? "",
            }));
}

using System.CommandLine;
using System.Globalization;
using Kjoretoyregister.Server.Kvote;
using static Kjoretoyregister.Cli.ForvaltningKommando;

namespace Kjoretoyregister.Cli;

/// <summary>
/// <c>kjoretoy forvaltning organisasjon kvote --fiks-org &lt;fiksOrgId&gt; [--integrasjon-per-sekund N|standard]
/// [--integrasjon-kapasitet N|standard] [--organisasjon-per-sekund N|standard] [--organisasjon-kapasitet N|standard]</c>:
/// shows, or sets, KS's override of the organisation's fair-use limits (as on KS's organisation page). An
/// option left out keeps what is set; <c>standard</c> goes back to the setting <c>Kvote:*</c>. Counts from
/// the next request on every instance.
/// </summary>
internal static class ForvaltningKvoteKommando
{
    private const string Standard = "standard";

    public static Command Lag(Option<string> dataDir)
    {
        var fiksOrg = IdValg("--fiks-org", "Organisasjonens Fiks-organisasjonID.");
        var valg = new[]
        {
            Valg("--integrasjon-per-sekund", "Oppslag per sekund for hver av organisasjonens integrasjoner (varig rate)."),
            Valg("--integrasjon-kapasitet", $"Flest oppslag i et støt for hver integrasjon (minst {Kvoteoverstyring.MinsteKapasitet})."),
            Valg("--organisasjon-per-sekund", "Oppslag per sekund for alle organisasjonens integrasjoner til sammen."),
            Valg("--organisasjon-kapasitet", $"Flest oppslag i et støt for alle integrasjonene til sammen (minst {Kvoteoverstyring.MinsteKapasitet})."),
        };
        var kommando = new Command("kvote", """
            Viser, eller setter, organisasjonens kvote for rettferdig bruk (overstyrer innstillingene Kvote:* for denne organisasjonen).
            Et oppslag er ett element: et bulkkall med 100 kjennemerker bruker 100. Gjelder fra neste forespørsel på alle instanser.
            Et valg som utelates, beholder det som er satt; «standard» går tilbake til innstillingen.
            """)
        {
            fiksOrg, valg[0], valg[1], valg[2], valg[3],
        };
        kommando.SetAction(async (parse, ct) =>
        {
            if (LesId(parse.GetValue(fiksOrg)!, "--fiks-org") is not { } fiksOrgId)
            {
                return Kjoring.UgyldigBruk;
            }

            var verdier = new (bool Endre, int? Verdi)[valg.Length];
            for (var i = 0; i < valg.Length; i++)
            {
                if (!LesTall(parse.GetValue(valg[i]), valg[i].Name, out verdier[i]))
                {
                    return Kjoring.UgyldigBruk;
                }
            }

            return await MedFiksdataAsync(parse, dataDir, opprettFil: false, async fiks =>
            {
                if (await fiks.Store.HentDetaljerAsync(fiksOrgId, ct) is not { } detaljer)
                {
                    return UkjentOrganisasjon(fiksOrgId);
                }

                var gammel = detaljer.Kvote ?? Kvoteoverstyring.Ingen;
                var ny = new Kvoteoverstyring(
                    verdier[0].Endre ? verdier[0].Verdi : gammel.IntegrasjonPerSekund,
                    verdier[1].Endre ? verdier[1].Verdi : gammel.IntegrasjonKapasitet,
                    verdier[2].Endre ? verdier[2].Verdi : gammel.OrganisasjonPerSekund,
                    verdier[3].Endre ? verdier[3].Verdi : gammel.OrganisasjonKapasitet);
                if (ny != gammel
                    && !await fiks.Store.SettKvoteAsync(fiksOrgId, ny, Fiksdata.NyEndring(fiksOrgId, "Endret kvoten", ny.Beskrivelse()), ct))
                {
                    return UkjentOrganisasjon(fiksOrgId);
                }

                Console.WriteLine($"Kvote for «{detaljer.Organisasjon.Navn}» ({fiksOrgId}): {ny.Beskrivelse()}.");
                return Kjoring.Ok;
            });
        });
        return kommando;
    }

    private static Option<string?> Valg(string navn, string beskrivelse) =>
        new(navn) { Description = beskrivelse + " Et heltall, eller «standard».", HelpName = "N|standard" };

    /// <summary>The option as a change: not given (keep), «standard» (null), or a whole number; false (after saying why) otherwise.</summary>
    private static bool LesTall(string? tekst, string valg, out (bool Endre, int? Verdi) verdi)
    {
        verdi = (tekst is not null, null);
        if (tekst is null || string.Equals(tekst.Trim(), Standard, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!int.TryParse(tekst.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var tall))
        {
            Console.Error.WriteLine($"kjoretoy: {valg}: «{tekst}» er verken et heltall eller «{Standard}»");
            return false;
        }

        verdi = (true, tall);
        return true;
    }
}

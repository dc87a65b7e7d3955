using System.CommandLine;
using System.Globalization;
using Kjoretoyregister.Contracts;
using Kjoretoyregister.Server.Forvaltning;
using static Kjoretoyregister.Cli.ForvaltningKommando;

namespace Kjoretoyregister.Cli;

/// <summary>
/// <c>kjoretoy forvaltning organisasjon avtaler --fiks-org &lt;fiksOrgId&gt; [--hovedavtale yyyy-MM-dd|ingen]
/// [--tjenestevedlegg yyyy-MM-dd|ingen]</c>: shows, or records, the days the organisation signed the two
/// agreements the service needs. An option left out keeps what is recorded; <c>ingen</c> clears it
/// (refused while the service is activated).
/// </summary>
internal static class ForvaltningAvtalerKommando
{
    private const string Datoformat = "yyyy-MM-dd";
    private const string Ingen = "ingen";

    public static Command Lag(Option<string> dataDir)
    {
        var fiksOrg = IdValg("--fiks-org", "Organisasjonens Fiks-organisasjonID.");
        var hovedavtale = new Option<string?>("--hovedavtale") { Description = "Dagen Hovedavtalen ble signert (åååå-mm-dd), eller «ingen».", HelpName = "yyyy-MM-dd|ingen" };
        var tjenestevedlegg = new Option<string?>("--tjenestevedlegg")
        {
            Description = "Dagen Tjenestevedlegget for Fiks kjøretøyregister ble signert (åååå-mm-dd), eller «ingen».",
            HelpName = "yyyy-MM-dd|ingen",
        };
        var kommando = new Command("avtaler", """
            Viser, eller registrerer, når organisasjonen signerte Hovedavtalen og Tjenestevedlegget for Fiks kjøretøyregister.
            Begge må være signert før tjenesten kan aktiveres, og ingen av dem kan fjernes mens den er aktivert.
            Et valg som utelates, beholder det som er registrert.
            """)
        {
            fiksOrg, hovedavtale, tjenestevedlegg,
        };
        kommando.SetAction(async (parse, ct) =>
        {
            if (LesId(parse.GetValue(fiksOrg)!, "--fiks-org") is not { } fiksOrgId
                || !LesDato(parse.GetValue(hovedavtale), "--hovedavtale", out var endreHovedavtale, out var nyHovedavtale)
                || !LesDato(parse.GetValue(tjenestevedlegg), "--tjenestevedlegg", out var endreVedlegg, out var nyttVedlegg))
            {
                return Kjoring.UgyldigBruk;
            }

            return await MedFiksdataAsync(parse, dataDir, opprettFil: false, async fiks =>
            {
                if (await fiks.Store.HentDetaljerAsync(fiksOrgId, ct) is not { } detaljer)
                {
                    return UkjentOrganisasjon(fiksOrgId);
                }

                var avtaler = new Avtaler(
                    endreHovedavtale ? nyHovedavtale : detaljer.Avtaler.Hovedavtale,
                    endreVedlegg ? nyttVedlegg : detaljer.Avtaler.Tjenestevedlegg);
                if (avtaler != detaljer.Avtaler)
                {
                    var endring = Fiksdata.NyEndring(fiksOrgId, "Registrerte avtalene",
                        $"Hovedavtalen: {Vis(avtaler.Hovedavtale)}; Tjenestevedlegget for Fiks kjøretøyregister: {Vis(avtaler.Tjenestevedlegg)}");
                    if (!await fiks.Store.SettAvtalerAsync(fiksOrgId, avtaler, endring, ct))
                    {
                        return UkjentOrganisasjon(fiksOrgId);
                    }
                }

                Skriv(detaljer.Organisasjon, avtaler, parse, dataDir);
                return Kjoring.Ok;
            });
        });
        return kommando;
    }

    /// <summary>
    /// <paramref name="tekst"/> as a change: <paramref name="endre"/> is false when the option was not
    /// given; <paramref name="dato"/> is null for «ingen». False (after saying why on stderr) when it is
    /// neither a date nor «ingen», or a day still to come.
    /// </summary>
    private static bool LesDato(string? tekst, string valg, out bool endre, out DateOnly? dato)
    {
        endre = tekst is not null;
        dato = null;
        if (tekst is null || string.Equals(tekst.Trim(), Ingen, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!DateOnly.TryParseExact(tekst.Trim(), Datoformat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var signert))
        {
            Console.Error.WriteLine($"kjoretoy: {valg}: «{tekst}» er verken en dato (åååå-mm-dd, f.eks. 2025-01-31) eller «{Ingen}»");
            return false;
        }

        var idag = DateOnly.FromDateTime(NorskTid.TilNorskTid(TimeProvider.System.GetUtcNow()).DateTime);
        if (signert > idag)
        {
            Console.Error.WriteLine($"kjoretoy: {valg}: {tekst.Trim()} er fram i tid; oppgi dagen avtalen ble signert");
            return false;
        }

        dato = signert;
        return true;
    }

    private static void Skriv(Organisasjon organisasjon, Avtaler avtaler, ParseResult parse, Option<string> dataDir)
    {
        Console.WriteLine($"Avtaler for «{organisasjon.Navn}» ({organisasjon.FiksOrgId}):");
        Console.WriteLine($"  Hovedavtalen: {Vis(avtaler.Hovedavtale)}");
        Console.WriteLine($"  Tjenestevedlegget for Fiks kjøretøyregister: {Vis(avtaler.Tjenestevedlegg)}");
        if (organisasjon.KjoretoyregisterAktivert)
        {
            Console.WriteLine("Kjøretøyregister-tjenesten er aktivert.");
        }
        else if (avtaler.BeggeSignert)
        {
            Console.WriteLine("Begge er signert. Aktiver tjenesten med: " + Forslag(parse, dataDir, "organisasjon", "aktiver", "--fiks-org", organisasjon.FiksOrgId.ToString()));
        }
        else
        {
            Console.WriteLine("Kjøretøyregister-tjenesten kan ikke aktiveres før begge er registrert som signert.");
        }
    }

    private static string Vis(DateOnly? dato) => dato is { } d ? "signert " + d.ToString(Datoformat, CultureInfo.InvariantCulture) : "ikke signert";
}

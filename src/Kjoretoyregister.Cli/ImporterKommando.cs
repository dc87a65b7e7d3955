using System.CommandLine;
using System.Diagnostics;
using Kjoretoyregister.Register.Import;

namespace Kjoretoyregister.Cli;

/// <summary><c>kjoretoy importer FILE [--database PATH] [--hopp-over-ugyldige] [--avvist FILE]</c></summary>
internal static class ImporterKommando
{
    public static Command Lag()
    {
        var fil = new Argument<FileInfo>("FILE") { Description = "NDJSON i registerets importformat (register-import.schema.json)." };
        var database = Lagringsvalg.DatabaseValg();
        var hoppOver = new Option<bool>("--hopp-over-ugyldige")
        {
            Description = "Importer de gyldige linjene og avvis de ugyldige, i stedet for alt eller ingenting.",
        };
        var avvist = new Option<FileInfo?>("--avvist") { Description = "Med --hopp-over-ugyldige: skriv de avviste linjene hit.", HelpName = "FILE" };
        var kommando = new Command("importer", """
            Importerer kjøretøy og prøvekjennemerker. Alt eller ingenting: finnes én ugyldig linje, rapporteres
            alle feil (linje, felt, årsak) og ingenting skrives. Et kjøretøy som finnes fra før (samme kuid), får
            hele historikken sin erstattet. Til et tomt SQLite-register skrives en ny registerfil ved siden av,
            som tar det tomme registerets plass når importen er ferdig. Avslutningskoder: 0 alt importert,
            1 ingenting importert, 2 ugyldig bruk, 3 importert med avviste linjer.
            """)
        {
            fil, database, Lagringsvalg.Postgres, hoppOver, avvist,
        };
        kommando.SetAction((parse, ct) => KjorAsync(
            parse, parse.GetValue(fil)!, parse.GetValue(database)!, parse.GetValue(hoppOver), parse.GetValue(avvist), ct));
        return kommando;
    }

    private static async Task<int> KjorAsync(ParseResult parse, FileInfo fil, string databasesti, bool hoppOver, FileInfo? avvistFil, CancellationToken ct)
    {
        if (!fil.Exists)
        {
            Console.Error.WriteLine($"kjoretoy: finner ikke filen {fil.FullName}");
            return Kjoring.Feil;
        }

        if (avvistFil is not null && !hoppOver)
        {
            Console.Error.WriteLine("kjoretoy: --avvist brukes bare sammen med --hopp-over-ugyldige");
            return Kjoring.UgyldigBruk;
        }

        await using var kilde = new FileStream(fil.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        await using var avvist = avvistFil is null ? null : new FileStream(avvistFil.FullName, FileMode.Create, FileAccess.Write);
        await using var tilgang = await Lagringsvalg.ApneRegisterAsync(parse, databasesti, ct);
        var register = tilgang.Register;
        var klokke = Stopwatch.StartNew();
        var resultat = await Importfremdrift.VisAsync(fil.Length, fremdrift => register.ImporterAsync(kilde, new ImportValg
        {
            HoppOverUgyldige = hoppOver,
            Avvist = avvist,
            Fremdrift = fremdrift,
            VedFeil = feil => Console.Error.WriteLine(feil.ToString()),
        }, ct));
        klokke.Stop();

        var perSekund = resultat.Kjoretoy / Math.Max(klokke.Elapsed.TotalSeconds, 0.001);
        if (!resultat.Lagret)
        {
            Console.Error.WriteLine(
                $"Importen er avvist: {resultat.AvvisteLinjer} av {resultat.Linjer} linjer har feil ({resultat.Feil} feil). Ingenting er skrevet til {tilgang.Navn}.");
            return Kjoring.Feil;
        }

        Console.WriteLine(
            $"Importerte {resultat.Kjoretoy} kjøretøy og {resultat.Provekjennemerker} prøvekjennemerker til {tilgang.Navn} på {klokke.Elapsed.TotalSeconds:0.0} s ({perSekund:0} kjøretøy/s).");
        if (resultat.AvvisteLinjer > 0)
        {
            Console.Error.WriteLine($"{resultat.AvvisteLinjer} linjer ble avvist{(avvistFil is null ? "" : $" og skrevet til {avvistFil.FullName}")}.");
            return Kjoring.DelvisImportert;
        }

        return Kjoring.Ok;
    }
}

using System.CommandLine;
using System.Text;
using Kjoretoyregister.Contracts;
using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Server.Logg.Innsyn;
using Microsoft.Extensions.DependencyInjection;

namespace Kjoretoyregister.Cli;

/// <summary>
/// <c>kjoretoy logg innsyn --fnr X --fiks-org ID [--ut FIL.pdf|FIL.csv] [--data-dir DIR] [--postgres ...]</c>: the
/// innsyn report (GDPR art. 15) the forvaltning page makes, for the operator: every lookup of the
/// organisation in which the person was searched for or disclosed, as a PDF or CSV file (by the file's
/// extension) or, without <c>--ut</c>, as a table. Written to the change log as made by <c>cli:&lt;user&gt;</c>.
/// </summary>
internal static class LoggInnsynKommando
{
    public static Command Lag()
    {
        var dataKatalog = Loggvalg.DataKatalog();
        var fiksOrg = new Option<string>("--fiks-org") { Description = "Fiks-organisasjonen (UUID) som er behandlingsansvarlig; bare dens oppslag tas med.", Required = true, HelpName = "ID" };
        var fnr = new Option<string>("--fnr") { Description = "Fødselsnummeret til personen som ber om innsyn (elleve siffer).", Required = true, HelpName = "X" };
        var ut = new Option<string?>("--ut") { Description = "Skriv rapporten til filen: .pdf gir en PDF klar til å sendes personen, .csv gir CSV. Uten --ut skrives en tabell.", HelpName = "FIL" };
        var kommando = new Command("innsyn", """
            Innsynsrapport (personvernforordningen art. 15): hvert oppslag for Fiks-organisasjonen der personen ble søkt etter
            eller utlevert, nyeste først, med tidspunkt, fagsystem, leverandør, saksbehandler, saksreferanse, formål, oppslag og
            kjøretøy. Rapporten føres i endringsloggen (fødselsnummeret maskert).
            Avslutningskoder: 0 ok, 1 feil (f.eks. finnes ikke organisasjonen eller oppslagsloggen), 2 ugyldig bruk.
            """)
        {
            dataKatalog, Lagringsvalg.Postgres, fiksOrg, fnr, ut,
        };
        kommando.SetAction(async (parse, ct) =>
        {
            if (!Loggvalg.TryLesUuid(parse.GetValue(fiksOrg), "--fiks-org", out var fiksOrgId)
                || Identifikatorvalg.Les<Fodselsnummer>(parse.GetValue(fnr)!, "--fnr") is not { } fodselsnummer)
            {
                return Kjoring.UgyldigBruk;
            }

            var fil = parse.GetValue(ut);
            var format = fil is null ? null : Path.GetExtension(fil).ToLowerInvariant();
            if (format is not (null or ".pdf" or ".csv"))
            {
                Kjoring.Meld("--ut: filen må slutte på .pdf eller .csv");
                return Kjoring.UgyldigBruk;
            }

            var katalog = parse.GetValue(dataKatalog)!;
            var fiksfil = Path.GetFullPath(Path.Combine(katalog, FiksDatabase.Filnavn));
            if (!Lagringsvalg.ErPostgres(parse) && !File.Exists(fiksfil))
            {
                Kjoring.Meld($"finner ikke {fiksfil} (oppgi serverens datakatalog med --data-dir, eller --postgres)");
                return Kjoring.Feil;
            }

            await using var tjenester = await Loggvalg.ApneAsync(parse, katalog, ct);
            if (tjenester is null)
            {
                return Kjoring.Feil;
            }

            var form = format switch { ".pdf" => "skrevet til PDF med kjoretoy logg innsyn", ".csv" => "skrevet til CSV med kjoretoy logg innsyn", _ => "vist med kjoretoy logg innsyn" };
            var rapport = await tjenester.GetRequiredService<Innsynsrapporter>().LagAsync(fiksOrgId!.Value, fodselsnummer, Fiksdata.Utforer, form, ct);
            if (rapport is null)
            {
                return ForvaltningKommando.UkjentOrganisasjon(fiksOrgId.Value);
            }

            if (format == ".pdf")
            {
                await using var strom = File.Create(fil!);
                InnsynPdf.Skriv(rapport, strom);
            }
            else if (format == ".csv")
            {
                await using var skriver = new StreamWriter(fil!, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
                await InnsynCsv.SkrivAsync(skriver, rapport);
            }
            else
            {
                await SkrivTabellAsync(Console.Out, rapport);
                return Kjoring.Ok;
            }

            await Console.Out.WriteLineAsync($"Innsynsrapport med {rapport.Rader.Count} oppslag skrevet til {Path.GetFullPath(fil!)}");
            return Kjoring.Ok;
        });
        return kommando;
    }

    private static async Task SkrivTabellAsync(TextWriter ut, Innsynsrapport rapport)
    {
        await ut.WriteLineAsync($"{Innsynstekst.Tittel}");
        await ut.WriteLineAsync($"{rapport.Organisasjonsnavn}, laget {Innsynstekst.Tid(rapport.Laget)}: {rapport.Rader.Count} oppslag");
        string[] overskrift = ["Tidspunkt", "Fagsystem", "Leverandør", "Saksbehandler", "Saksreferanse", "Formål", "Oppslag", "Personen ble", "Kjøretøy (kuid)"];
        var linjer = rapport.Rader.Select(r => new[]
        {
            Innsynstekst.Tid(r.Tidspunkt), r.Integrasjon, r.Leverandor, r.Saksbehandler ?? "", r.Saksreferanse ?? "", r.Formal ?? "",
            Innsynstekst.Oppslag(r), r.Rolle, string.Join(' ', r.Kuider),
        }).Prepend(overskrift).ToList();
        var bredder = Enumerable.Range(0, overskrift.Length).Select(i => linjer.Max(l => l[i].Length)).ToArray();
        foreach (var linje in linjer)
        {
            await ut.WriteLineAsync(string.Join("  ", linje.Select((felt, i) => felt.PadRight(bredder[i]))).TrimEnd());
        }
    }
}

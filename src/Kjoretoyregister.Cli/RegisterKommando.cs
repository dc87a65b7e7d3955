using System.CommandLine;
using System.Text.Json;
using Kjoretoyregister.Contracts;
using Kjoretoyregister.Contracts.Json;
using Kjoretoyregister.Contracts.Svv;
using Kjoretoyregister.Register;

namespace Kjoretoyregister.Cli;

/// <summary>
/// <c>kjoretoy register oppslag (--kjennemerke X | --kuid X | --understellsnummer X | --fnr X | --organisasjonsnummer X) [--dtg T] [--database PATH]</c>:
/// a direct lookup in the register file for operators, printing SVV-shaped <c>KjoretoyResponse</c> records.
/// </summary>
internal static class RegisterKommando
{
    private const int Side = 1000;

    public static Command Lag()
    {
        var kjennemerke = new Option<string?>("--kjennemerke") { Description = "Kjennemerke, f.eks. \"BR 12345\"." };
        var kuid = new Option<string?>("--kuid") { Description = "Kjøretøyets kuid." };
        var understellsnummer = new Option<string?>("--understellsnummer") { Description = "Understellsnummer (VIN)." };
        var fnr = new Option<string?>("--fnr") { Description = "Fødselsnummer: kjøretøy personen eier, er medeier i eller leaser." };
        var orgnr = new Option<string?>("--organisasjonsnummer") { Description = "Organisasjonsnummer: kjøretøy organisasjonen eier, er medeier i eller leaser." };
        var dtg = new Option<string?>("--dtg") { Description = "Tidspunkt (ISO 8601 eller militær DTG, f.eks. \"151600A NOV 18\"). Standard: nå." };
        var database = Lagringsvalg.DatabaseValg();
        var oppslag = new Command("oppslag", "Slår opp direkte i registerfilen og skriver en JSON-liste av KjoretoyResponse (SVVs v2.0-form).")
        {
            kjennemerke, kuid, understellsnummer, fnr, orgnr, dtg, database,
        };
        oppslag.SetAction((parse, ct) => KjorAsync(
            [
                ("--kjennemerke", parse.GetValue(kjennemerke)),
                ("--kuid", parse.GetValue(kuid)),
                ("--understellsnummer", parse.GetValue(understellsnummer)),
                ("--fnr", parse.GetValue(fnr)),
                ("--organisasjonsnummer", parse.GetValue(orgnr)),
            ],
            parse.GetValue(dtg),
            parse,
            parse.GetValue(database)!,
            ct));
        return new Command("register", "Drift av det innebygde registeret.") { Lagringsvalg.Postgres, oppslag };
    }

    private static async Task<int> KjorAsync((string Navn, string? Verdi)[] nokler, string? dtgTekst, ParseResult parse, string databasesti, CancellationToken ct)
    {
        var gitt = nokler.Where(n => n.Verdi is not null).ToList();
        if (gitt.Count != 1)
        {
            await Console.Error.WriteLineAsync("kjoretoy: oppgi nøyaktig ett av --kjennemerke, --kuid, --understellsnummer, --fnr og --organisasjonsnummer");
            return Kjoring.UgyldigBruk;
        }

        DateTimeOffset? tidspunkt = null;
        if (dtgTekst is not null)
        {
            if (!Dtg.TryParse(dtgTekst, out var dtg, out var feil))
            {
                await Console.Error.WriteLineAsync($"kjoretoy: --dtg: {feil}");
                return Kjoring.UgyldigBruk;
            }

            tidspunkt = dtg.Tidspunkt;
        }

        if (!Lagringsvalg.ErPostgres(parse) && !File.Exists(databasesti))
        {
            await Console.Error.WriteLineAsync($"kjoretoy: finner ikke registerfilen {Path.GetFullPath(databasesti)} (importer først, eller oppgi --database)");
            return Kjoring.Feil;
        }

        await using var tilgang = await Lagringsvalg.ApneRegisterAsync(parse, databasesti, ct);
        var register = tilgang.Register;
        var (navn, verdi) = gitt[0];
        IReadOnlyList<KjoretoyResponse>? svar = navn switch
        {
            "--kjennemerke" => Identifikatorvalg.Les<Kjennemerke>(verdi!, navn) is { } k ? [await register.Oppslag.SlaOppKjennemerkeAsync(k, tidspunkt, ct)] : null,
            "--kuid" => Identifikatorvalg.Les<Kuid>(verdi!, navn) is { } k ? [await register.Oppslag.SlaOppKuidAsync(k, tidspunkt, ct)] : null,
            "--understellsnummer" => Identifikatorvalg.Les<Understellsnummer>(verdi!, navn) is { } u ? await register.Oppslag.SlaOppUnderstellsnummerAsync(u, tidspunkt, ct) : null,
            "--fnr" => Identifikatorvalg.Les<Fodselsnummer>(verdi!, navn) is { } f
                ? await AlleSider((fra, c) => register.Oppslag.HentForPersonAsync(f, tidspunkt, fra, Side, c), ct)
                : null,
            _ => Identifikatorvalg.Les<Organisasjonsnummer>(verdi!, navn) is { } o
                ? await AlleSider((fra, c) => register.Oppslag.HentForOrganisasjonAsync(o, tidspunkt, fra, Side, c), ct)
                : null,
        };
        if (svar is null)
        {
            return Kjoring.UgyldigBruk;
        }

        await using var ut = Console.OpenStandardOutput();
        await JsonSerializer.SerializeAsync(ut, svar, KontraktJsonContext.Indented.IReadOnlyListKjoretoyResponse, ct);
        await ut.WriteAsync("\n"u8.ToArray(), ct);
        return Kjoring.Ok;
    }

    private static async Task<IReadOnlyList<KjoretoyResponse>> AlleSider(Func<int, CancellationToken, ValueTask<KjoretoySide>> hent, CancellationToken ct)
    {
        var alle = new List<KjoretoyResponse>();
        while (true)
        {
            var side = await hent(alle.Count, ct);
            alle.AddRange(side.Kjoretoy);
            if (side.Kjoretoy.Count < Side || alle.Count >= side.AntallTreffTotalt)
            {
                return alle;
            }
        }
    }
}

using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Kjoretoyregister.Server.Logg;
using Microsoft.Extensions.DependencyInjection;

namespace Kjoretoyregister.Cli;

/// <summary>
/// <c>kjoretoy forvaltning forbruk [--data-dir DIR] [--fiks-org ID] [--format tabell|json|csv]</c>: lookups and hits per
/// organisation, integration and month (Norwegian time), the base for cost-price billing. The data directory is
/// the recursive <c>--data-dir</c> of <c>forvaltning</c> (default <c>data</c> when the command stands alone).
/// </summary>
internal static class ForbrukKommando
{
    public static Command Lag()
    {
        var fiksOrg = Loggvalg.FiksOrg("Bare denne Fiks-organisasjonen (UUID). Standard: alle.");
        var format = new Option<string>("--format")
        {
            Description = "tabell: for mennesker. json: en JSON-liste av {fiksOrgId, integrasjonId, ar, maned, oppslag, treff}. csv: de samme kolonnene, RFC 4180.",
            DefaultValueFactory = _ => "tabell",
            HelpName = "tabell|json|csv",
        };
        format.AcceptOnlyFromAmong("tabell", "json", "csv");
        var kommando = new Command("forbruk", """
            Viser forbruket per Fiks-organisasjon, integrasjon og måned (norsk tid): antall oppslåtte kjøretøy,
            personer og organisasjoner (oppslag) og hvor mange av dem registeret hadde data for (treff).
            Grunnlaget for fakturering til selvkost. Avslutningskoder: 0 ok, 1 feil, 2 ugyldig bruk.
            """)
        {
            fiksOrg, format,
        };
        kommando.SetAction((parse, ct) =>
        {
            if (!Loggvalg.TryLesUuid(parse.GetValue(fiksOrg), "--fiks-org", out var fiksOrgId))
            {
                return Task.FromResult(Kjoring.UgyldigBruk);
            }

            var dataKatalog = parse.GetResult("--data-dir") is OptionResult valgt ? valgt.GetValueOrDefault<string>() : "data";
            return KjorAsync(parse, dataKatalog, fiksOrgId, parse.GetValue(format)!, ct);
        });
        return kommando;
    }

    private static async Task<int> KjorAsync(ParseResult parse, string dataKatalog, Guid? fiksOrgId, string format, CancellationToken ct)
    {
        await using var tjenester = await Loggvalg.ApneAsync(parse, dataKatalog, ct);
        if (tjenester is null)
        {
            return Kjoring.Feil;
        }

        var forbruk = await tjenester.GetRequiredService<IOppslagsloggLeser>().ForbrukAsync(fiksOrgId, ct);
        var ut = Console.Out;
        switch (format)
        {
            case "json":
                await ut.WriteAsync(Json(forbruk));
                break;
            case "csv":
                await Csv.SkrivLinjeAsync(ut, "fiksOrgId", "integrasjonId", "ar", "maned", "oppslag", "treff");
                foreach (var f in forbruk)
                {
                    await Csv.SkrivLinjeAsync(ut, f.FiksOrgId.ToString("D"), f.IntegrasjonId.ToString("D"), Tall(f.Ar), Tall(f.Maned), Tall(f.Oppslag), Tall(f.Treff));
                }

                break;
            default:
                Tabell(forbruk);
                break;
        }

        await ut.FlushAsync(ct);
        return Kjoring.Ok;
    }

    private static string Json(IReadOnlyList<Forbruk> forbruk)
    {
        using var strom = new MemoryStream();
        using (var json = new Utf8JsonWriter(strom, Loggvalg.Json with { Indented = true }))
        {
            json.WriteStartArray();
            foreach (var f in forbruk)
            {
                json.WriteStartObject();
                json.WriteString("fiksOrgId", f.FiksOrgId);
                json.WriteString("integrasjonId", f.IntegrasjonId);
                json.WriteNumber("ar", f.Ar);
                json.WriteNumber("maned", f.Maned);
                json.WriteNumber("oppslag", f.Oppslag);
                json.WriteNumber("treff", f.Treff);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(strom.ToArray()) + "\n";
    }

    private static void Tabell(IReadOnlyList<Forbruk> forbruk)
    {
        if (forbruk.Count == 0)
        {
            Console.Error.WriteLine("Ingen oppslag er registrert.");
        }

        Cli.Tabell.Skriv(
            ["Fiks-organisasjon", "Integrasjon", "Måned", "Oppslag", "Treff"],
            forbruk.Select(f => (IReadOnlyList<string>)[f.FiksOrgId.ToString("D"), f.IntegrasjonId.ToString("D"), $"{f.Ar:0000}-{f.Maned:00}", Tall(f.Oppslag), Tall(f.Treff)]));
    }

    private static string Tall(long tall) => tall.ToString(CultureInfo.InvariantCulture);
}

using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Kjoretoyregister.Server.Logg;
using Microsoft.Extensions.DependencyInjection;

namespace Kjoretoyregister.Cli;

/// <summary>What the audit log commands (<c>logg</c>, <c>forvaltning forbruk</c>) share: the data directory, UUID options, opening the file.</summary>
internal static class Loggvalg
{
    /// <summary>JSON as people read it: æøå as themselves, not \u escapes.</summary>
    public static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Option<string> DataKatalog() => new("--data-dir")
    {
        Description = "Datakatalogen til serveren; oppslagsloggen er filen oppslagslogg.db der.",
        DefaultValueFactory = _ => "data",
        HelpName = "DIR",
    };

    public static Option<string?> FiksOrg(string beskrivelse) => new("--fiks-org") { Description = beskrivelse, HelpName = "ID" };

    /// <summary>Reads a UUID option; on a bad value writes a message naming the option and returns false.</summary>
    public static bool TryLesUuid(string? tekst, string valg, out Guid? id)
    {
        id = null;
        if (tekst is null)
        {
            return true;
        }

        if (Guid.TryParse(tekst.Trim(), CultureInfo.InvariantCulture, out var verdi))
        {
            id = verdi;
            return true;
        }

        Console.Error.WriteLine($"kjoretoy: {valg}: ugyldig UUID {tekst} (forventet f.eks. 6a1f0b4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b)");
        return false;
    }

    /// <summary>
    /// The audit log's stores (on PostgreSQL with <c>--postgres</c>), or null (with a message) when the SQLite
    /// file does not exist: it is never created here. Dispose the result when done.
    /// </summary>
    public static async Task<ServiceProvider?> ApneAsync(ParseResult parse, string dataKatalog, CancellationToken ct)
    {
        var sti = Path.GetFullPath(Path.Combine(dataKatalog, OppslagsloggDatabase.Filnavn));
        if (!Lagringsvalg.ErPostgres(parse) && !File.Exists(sti))
        {
            await Console.Error.WriteLineAsync($"kjoretoy: finner ikke oppslagsloggen {sti} (serveren lager den; oppgi serverens datakatalog med --data-dir, eller --postgres)");
            return null;
        }

        return await Lagringsvalg.ApneAsync(dataKatalog, parse.GetValue(Lagringsvalg.Postgres), registerfil: null, ct);
    }
}

using System.CommandLine;
using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Server.Lagring;
using Kjoretoyregister.Server.Logg;
using Npgsql;

namespace Kjoretoyregister.Cli;

/// <summary>
/// <c>kjoretoy migrer [--postgres CONNSTR | --data-dir DIR] [--status]</c>: brings the database's schema to
/// this version, for operators who migrate before they start new server instances (with
/// <c>Storage:MigrerVedOppstart=false</c> on the servers). The same runner and steps as the server's start.
/// </summary>
internal static class MigrerKommando
{
    public static Command Lag()
    {
        var dataDir = new Option<string>("--data-dir")
        {
            Description = "Serverens datakatalog (SQLite): register.db, fiks.db og oppslagslogg.db.",
            DefaultValueFactory = _ => "data",
            HelpName = "DIR",
        };
        var postgres = Lagringsvalg.Postgres;
        var status = new Option<bool>("--status") { Description = "Vis bare skjemaversjonene; endre ingenting." };
        var kommando = new Command("migrer", "Oppdaterer databaseskjemaet til denne versjonen (det samme serveren gjør ved oppstart).")
        {
            dataDir,
            postgres,
            status,
        };
        kommando.SetAction((parse, ct) =>
            Lagringsvalg.Tilkoblingsstreng(parse.GetValue(postgres)) is { } streng
                ? PostgresAsync(streng, parse.GetValue(status), ct)
                : Task.FromResult(Sqlite(parse.GetValue(dataDir)!, parse.GetValue(status))));
        return kommando;
    }

    private static async Task<int> PostgresAsync(string tilkoblingsstreng, bool bareStatus, CancellationToken ct)
    {
        var hvilken = Postgressjekk.Beskriv(tilkoblingsstreng);
        await using var kilde = NpgsqlDataSource.Create(LagringExtensions.MedFrister(tilkoblingsstreng));
        try
        {
            if (!bareStatus)
            {
                var utfort = await Migrering.KjorPostgresAsync(kilde, Skjemaoppstart.Sett, ct);
                Console.WriteLine(utfort.Count == 0
                    ? $"PostgreSQL {hvilken}: skjemaet var allerede oppdatert."
                    : $"PostgreSQL {hvilken}: brukte {string.Join(", ", utfort)}.");
            }

            var versjoner = await Migrering.LesVersjonerAsync(kilde, ct);
            foreach (var sett in Skjemaoppstart.Sett)
            {
                var versjon = versjoner.GetValueOrDefault(sett.Navn);
                Console.WriteLine($"{sett.Navn,-14} versjon {versjon} av {sett.Versjon}{(versjon < sett.Versjon ? "  (trenger migrering)" : "")}");
            }

            return Skjemaoppstart.Sett.All(s => versjoner.GetValueOrDefault(s.Navn) >= s.Versjon) ? Kjoring.Ok : Kjoring.Feil;
        }
        catch (NpgsqlException feil) when (feil is not PostgresException)
        {
            Console.Error.WriteLine($"kjoretoy: får ikke kontakt med PostgreSQL {hvilken} (--postgres / {Lagringsvalg.Miljovariabel}): {feil.Message}");
            return Kjoring.Feil;
        }
    }

    private static int Sqlite(string dataKatalog, bool bareStatus)
    {
        var data = new Server.Drift.DataKatalog(dataKatalog);
        var filer = new (string Fil, Migrasjonssett Sett)[]
        {
            (Registerlagring.Registerfil, Migrasjonssett.Register(Lagringsmotor.Sqlite)),
            (FiksDatabase.Filnavn, Migrasjonssett.Les(typeof(FiksDatabase).Assembly, Lagringsmotor.Sqlite, "fiks")),
            (OppslagsloggDatabase.Filnavn, Migrasjonssett.Les(typeof(FiksDatabase).Assembly, Lagringsmotor.Sqlite, "oppslagslogg")),
        };
        var oppdatert = true;
        foreach (var (fil, sett) in filer)
        {
            var sti = data.Fil(fil);
            if (!bareStatus)
            {
                Directory.CreateDirectory(data.Sti);
                using var tilkobling = Apne(sti);
                Migrering.KjorSqlite(tilkobling, sett, $"Filen {sti}");
            }

            long versjon = 0;
            if (File.Exists(sti))
            {
                using var tilkobling = Apne(sti);
                versjon = Migrering.SqliteVersjon(tilkobling);
            }

            oppdatert &= versjon >= sett.Versjon;
            Console.WriteLine($"{sti}: versjon {versjon} av {sett.Versjon}{(versjon < sett.Versjon ? "  (trenger migrering)" : "")}");
        }

        return oppdatert ? Kjoring.Ok : Kjoring.Feil;
    }

    private static Microsoft.Data.Sqlite.SqliteConnection Apne(string sti)
    {
        var tilkobling = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={sti};Pooling=False");
        tilkobling.Open();
        return tilkobling;
    }
}

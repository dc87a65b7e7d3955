using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Testing;
using Microsoft.Data.Sqlite;

namespace Kjoretoyregister.Server.Tests.Forvaltning;

/// <summary>
/// The step that makes organisasjonsnummer unique, on a database from before it that already has the same
/// number twice: the step does not fail, the oldest keeps the number unmarked, the later one is marked with
/// it in <c>organisasjonsnummer_duplikat_av</c>, and from then on the database refuses another.
/// </summary>
public sealed class OrganisasjonsnummerMigreringTests
{
    private static readonly Guid Eldst = Guid.Parse("00000000-0000-4000-8000-000000000001");
    private static readonly Guid Senere = Guid.Parse("00000000-0000-4000-8000-000000000002");
    private static readonly Guid Annen = Guid.Parse("00000000-0000-4000-8000-000000000003");

    [Fact]
    public async Task OnSqliteTheLaterDuplicateIsMarkedAndTheIndexRefusesANewOne()
    {
        using var fil = new Fiksfil();
        var sett = Migrasjonssett.Les(typeof(FiksDatabase).Assembly, Lagringsmotor.Sqlite, "fiks");
        Kjor(fil.Sti, string.Join("\n;\n", sett.Steg.Take(4)) + "\n; PRAGMA user_version = 4;");
        Kjor(fil.Sti, $"""
            INSERT INTO organisasjon (fiks_org_id, navn, organisasjonsnummer, kjoretoyregister_aktivert, opprettet, endret) VALUES
                ('{Senere}', 'Senere', '{Fiksfil.Kommunenummer}', 0, 2000, 2000),
                ('{Eldst}', 'Eldst', '{Fiksfil.Kommunenummer}', 0, 1000, 1000),
                ('{Annen}', 'Annen', '{Fiksfil.Leverandornummer}', 0, 1500, 1500);
            """);

        var liste = await fil.Store().ListOrganisasjonerAsync();
        var merket = Sqlite.Tekster(fil.Sti, "SELECT navn || ':' || IFNULL(organisasjonsnummer_duplikat_av, '-') FROM organisasjon ORDER BY opprettet");
        var rett = Record.Exception(() => Kjor(fil.Sti, $"INSERT INTO organisasjon (fiks_org_id, navn, organisasjonsnummer, opprettet, endret) VALUES ('{Guid.NewGuid()}', 'Forbi reglene', '{Fiksfil.Kommunenummer}', 0, 0)"));
        var gjennomStore = await Record.ExceptionAsync(() => fil.Store().OpprettOrganisasjonAsync("Ny", Fiksfil.Kommunenummer));

        Assert.Equal(3, liste.Count);
        Assert.Equal(["Eldst:-", "Annen:-", $"Senere:{Eldst}"], merket);
        Assert.Contains("UNIQUE", Assert.IsType<SqliteException>(rett).Message, StringComparison.Ordinal);
        Assert.Equal("organisasjonsnummer", Assert.IsType<ForvaltningException>(gjennomStore).Felt);
        Assert.Contains("«Eldst»", gjennomStore.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnPostgresTheLaterDuplicateIsMarkedAndTheIndexRefusesANewOne()
    {
        await using var database = await PostgresTestdatabase.OpprettAsync();
        var sett = Migrasjonssett.Les(typeof(FiksDatabase).Assembly, Lagringsmotor.Postgres, "fiks");
        await database.SkalarAsync(sett.Steg[0]);
        await database.SkalarAsync("""
            CREATE TABLE skjemaversjon (sett text PRIMARY KEY, versjon integer NOT NULL, endret timestamptz NOT NULL DEFAULT now());
            INSERT INTO skjemaversjon (sett, versjon) VALUES ('fiks', 1);
            """);
        await database.SkalarAsync($"""
            INSERT INTO organisasjon (fiks_org_id, navn, organisasjonsnummer, opprettet, endret) VALUES
                ('{Senere}', 'Senere', '{Fiksfil.Kommunenummer}', '2025-01-02Z', '2025-01-02Z'),
                ('{Eldst}', 'Eldst', '{Fiksfil.Kommunenummer}', '2025-01-01Z', '2025-01-01Z'),
                ('{Annen}', 'Annen', '{Fiksfil.Leverandornummer}', '2025-01-01T12:00Z', '2025-01-01T12:00Z');
            """);

        var utfort = await Migrering.KjorPostgresAsync(database.DataSource, [sett]);
        var merket = await database.SkalarAsync(
            "SELECT string_agg(navn || ':' || coalesce(organisasjonsnummer_duplikat_av::text, '-'), ',' ORDER BY opprettet) FROM organisasjon");
        var rett = await Record.ExceptionAsync(() => database.SkalarAsync(
            $"INSERT INTO organisasjon (fiks_org_id, navn, organisasjonsnummer, opprettet, endret) VALUES ('{Guid.NewGuid()}', 'Forbi reglene', '{Fiksfil.Kommunenummer}', now(), now())"));
        var store = new PostgresForvaltningStore(database.DataSource, TimeProvider.System);
        var gjennomStore = await Record.ExceptionAsync(() => store.OpprettOrganisasjonAsync("Ny", Fiksfil.Kommunenummer));

        Assert.Equal("fiks 0002", utfort[0]);
        Assert.Equal($"Eldst:-,Annen:-,Senere:{Eldst}", merket);
        Assert.Contains("organisasjon_organisasjonsnummer", Assert.IsType<Npgsql.PostgresException>(rett).Message, StringComparison.Ordinal);
        Assert.Equal("organisasjonsnummer", Assert.IsType<ForvaltningException>(gjennomStore).Felt);
    }

    private static void Kjor(string sti, string sql)
    {
        using var tilkobling = new SqliteConnection($"Data Source={sti};Pooling=False");
        tilkobling.Open();
        using var kommando = tilkobling.CreateCommand();
        kommando.CommandText = sql;
        kommando.ExecuteNonQuery();
    }
}

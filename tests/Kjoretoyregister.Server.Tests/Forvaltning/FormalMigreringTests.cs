using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Testing;
using Microsoft.Data.Sqlite;

namespace Kjoretoyregister.Server.Tests.Forvaltning;

/// <summary>
/// The step that makes the formål catalogue, on a database from before it: every organisation that exists
/// gets KS's defaults (the same as <see cref="Formalskatalog.Standard"/>, which a new organisation gets from
/// the store), and every integration keeps working with "Formål påkrevd" off.
/// </summary>
public sealed class FormalMigreringTests
{
    private static readonly Guid OrgId = Guid.Parse("00000000-0000-4000-8000-0000000000a1");
    private static readonly Guid IntegrasjonId = Guid.Parse("00000000-0000-4000-8000-0000000000b1");

    private static IEnumerable<Formal> Standard => Formalskatalog.Standard.OrderBy(f => f.Kode, StringComparer.Ordinal);

    [Fact]
    public async Task OnSqliteAnExistingOrganisationGetsTheDefaultsAndItsIntegrationDoesNotRequireAPurpose()
    {
        using var fil = new Fiksfil();
        var sett = Migrasjonssett.Les(typeof(FiksDatabase).Assembly, Lagringsmotor.Sqlite, "fiks");
        using (var tilkobling = new SqliteConnection($"Data Source={fil.Sti};Pooling=False"))
        {
            tilkobling.Open();
            using var kommando = tilkobling.CreateCommand();
            kommando.CommandText = string.Join("\n;\n", sett.Steg.Take(5)) + $"""
                ;
                PRAGMA user_version = 5;
                INSERT INTO organisasjon (fiks_org_id, navn, organisasjonsnummer, kjoretoyregister_aktivert, opprettet, endret)
                VALUES ('{OrgId}', 'Gammel kommune', '{Fiksfil.Kommunenummer}', 0, 1000, 1000);
                INSERT INTO integrasjon (integrasjon_id, fiks_org_id, navn, autorisert_organisasjonsnummer, beskrivelse, passordhash, kan_soke, opprettet, endret)
                VALUES ('{IntegrasjonId}', '{OrgId}', 'Fagsystem', '{Fiksfil.Leverandornummer}', NULL, 'hash', 1, 1000, 1000);
                """;
            kommando.ExecuteNonQuery();
        }

        var store = fil.Store();
        var katalog = await store.ListFormalAsync(OrgId);
        var integrasjon = await store.HentIntegrasjonAsync(IntegrasjonId);

        Assert.True(await store.SvarerAsync());
        Assert.Equal(Standard, katalog);
        Assert.False(integrasjon!.FormalPakrevd);
        Assert.False((await store.HentTilgangAsync(IntegrasjonId, "PARKERINGSGEBYR"))!.FormalPakrevd);
    }

    [Fact]
    public async Task OnPostgresAnExistingOrganisationGetsTheDefaultsAndItsIntegrationDoesNotRequireAPurpose()
    {
        await using var database = await PostgresTestdatabase.OpprettAsync();
        var sett = Migrasjonssett.Les(typeof(FiksDatabase).Assembly, Lagringsmotor.Postgres, "fiks");
        await database.SkalarAsync(sett.Steg[0]);
        await database.SkalarAsync(sett.Steg[1]);
        await database.SkalarAsync($"""
            CREATE TABLE skjemaversjon (sett text PRIMARY KEY, versjon integer NOT NULL, endret timestamptz NOT NULL DEFAULT now());
            INSERT INTO skjemaversjon (sett, versjon) VALUES ('fiks', 2);
            INSERT INTO organisasjon (fiks_org_id, navn, organisasjonsnummer, opprettet, endret)
            VALUES ('{OrgId}', 'Gammel kommune', '{Fiksfil.Kommunenummer}', '2025-01-01Z', '2025-01-01Z');
            INSERT INTO integrasjon (integrasjon_id, fiks_org_id, navn, autorisert_organisasjonsnummer, passordhash, kan_soke, opprettet, endret)
            VALUES ('{IntegrasjonId}', '{OrgId}', 'Fagsystem', '{Fiksfil.Leverandornummer}', 'hash', true, '2025-01-01Z', '2025-01-01Z');
            """);

        var utfort = await Migrering.KjorPostgresAsync(database.DataSource, [sett]);
        var store = new PostgresForvaltningStore(database.DataSource, TimeProvider.System);

        Assert.Equal("fiks 0003", utfort[0]);
        Assert.Equal(Standard, await store.ListFormalAsync(OrgId));
        Assert.False((await store.HentIntegrasjonAsync(IntegrasjonId))!.FormalPakrevd);
    }
}

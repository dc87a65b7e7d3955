using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Server.Lagring;
using Kjoretoyregister.Testing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Kjoretoyregister.Server.Tests.Tilgang;

/// <summary>
/// The Data Protection key ring in PostgreSQL: what one server instance protects (a forvaltning cookie, a
/// protected form value) another on the same database can read, and nobody with another ring can.
/// </summary>
public sealed class PostgresDataProtectionTests : IAsyncLifetime
{
    private PostgresTestdatabase database = null!;

    public async Task InitializeAsync()
    {
        database = await PostgresTestdatabase.OpprettAsync();
        await Migrering.KjorPostgresAsync(database.DataSource, [Migrasjonssett.Les(typeof(Skjemaoppstart).Assembly, Lagringsmotor.Postgres, "tilgang")]);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task WhatOneInstanceProtectsAnotherOnTheSameDatabaseUnprotects()
    {
        await using var kilde1 = NpgsqlDataSource.Create(database.Tilkoblingsstreng);
        await using var kilde2 = NpgsqlDataSource.Create(database.Tilkoblingsstreng);
        using var server1 = Tjenester(new PostgresDataProtectionRepository(kilde1));
        using var server2 = Tjenester(new PostgresDataProtectionRepository(kilde2));

        var beskyttet = Beskytter(server1).Protect("økt for kari");
        var lest = Beskytter(server2).Unprotect(beskyttet);

        Assert.Equal("økt for kari", lest);
        Assert.Equal(1L, await database.SkalarAsync("SELECT count(*) FROM dataprotection_nokkel"));
    }

    [Fact]
    public async Task OnPostgresTheForvaltningWebKeepsItsKeyRingInTheDatabase()
    {
        await using var server1 = Forvaltningsweb();
        await using var server2 = Forvaltningsweb();

        var beskyttet = Beskytter(server1.Services).Protect("økt for kari");
        var lest = Beskytter(server2.Services).Unprotect(beskyttet);

        Assert.IsType<PostgresDataProtectionRepository>(server1.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository);
        Assert.Equal("økt for kari", lest);
        Assert.Equal(1L, await database.SkalarAsync("SELECT count(*) FROM dataprotection_nokkel"));
    }

    [Fact]
    public async Task ARingInAnotherDatabaseCannotUnprotect()
    {
        await using var annen = await PostgresTestdatabase.OpprettAsync();
        await Migrering.KjorPostgresAsync(annen.DataSource, [Migrasjonssett.Les(typeof(Skjemaoppstart).Assembly, Lagringsmotor.Postgres, "tilgang")]);
        using var server1 = Tjenester(new PostgresDataProtectionRepository(database.DataSource));
        using var fremmed = Tjenester(new PostgresDataProtectionRepository(annen.DataSource));

        var beskyttet = Beskytter(server1).Protect("økt for kari");

        Assert.ThrowsAny<System.Security.Cryptography.CryptographicException>(() => Beskytter(fremmed).Unprotect(beskyttet));
    }

    private static ServiceProvider Tjenester(PostgresDataProtectionRepository repository)
    {
        var tjenester = new ServiceCollection();
        tjenester.AddDataProtection().SetApplicationName("Kjoretoyregister");
        tjenester.Configure<KeyManagementOptions>(o => o.XmlRepository = repository);
        return tjenester.BuildServiceProvider();
    }

    /// <summary>The forvaltning web's services as a server on this database registers them.</summary>
    private WebApplication Forvaltningsweb()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["Storage:Provider"] = "Postgres";
        builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(database.Tilkoblingsstreng));
        builder.AddForvaltningsweb();
        return builder.Build();
    }

    private static IDataProtector Beskytter(IServiceProvider tjenester) =>
        tjenester.GetRequiredService<IDataProtectionProvider>().CreateProtector("Forvaltning.Test");
}

using Kjoretoyregister.Contracts;
using Kjoretoyregister.Contracts.Svv;
using Kjoretoyregister.Register;
using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Server.Lagring;
using Kjoretoyregister.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Kjoretoyregister.Server.Tests.Lagring;

/// <summary>The register's registration on PostgreSQL: the register on the shared data source, and its readiness check.</summary>
public sealed class RegisterlagringTests
{
    private static ServiceProvider Tjenester(NpgsqlDataSource kilde)
    {
        var tjenester = new ServiceCollection();
        tjenester.AddLogging();
        tjenester.AddSingleton(kilde);
        tjenester.AddSingleton(TimeProvider.System);
        tjenester.AddRegisterLagring(Lagringsmotor.Postgres);
        return tjenester.BuildServiceProvider();
    }

    [Fact]
    public async Task OnPostgresTheRegisterIsReadyOnceItsSchemaIsAppliedAndAnswersLookups()
    {
        await using var db = await PostgresTestdatabase.OpprettAsync();
        await using var tjenester = Tjenester(db.DataSource);
        var helse = tjenester.GetRequiredService<HealthCheckService>();

        var forMigrering = await helse.CheckHealthAsync(r => r.Tags.Contains("ready"));
        await Migrering.KjorPostgresAsync(db.DataSource, [Migrasjonssett.Register(Lagringsmotor.Postgres)]);
        var etterMigrering = await helse.CheckHealthAsync(r => r.Tags.Contains("ready"));
        var svar = await tjenester.GetRequiredService<IKjoretoyregister>().SlaOppKuidAsync(Kuid.Parse("1001"), null);

        Assert.Equal(HealthStatus.Unhealthy, forMigrering.Status);
        Assert.Equal(HealthStatus.Healthy, etterMigrering.Status);
        Assert.Equal(Responskoder.KuidUkjent, Assert.Single(svar.Responskoder).Kode);
    }
}

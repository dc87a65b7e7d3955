using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Server.Logg;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Kjoretoyregister.Server.Tests.Logg;

/// <summary>What only PostgreSQL has: several instances on one database, month partitions, a server that is gone, query plans.</summary>
public sealed class PostgresOppslagsloggTests : IAsyncLifetime
{
    private static readonly TimeSpan Frist = TimeSpan.FromSeconds(1);

    private PostgresLogglager logg = null!;

    public async Task InitializeAsync() => logg = await PostgresLogglager.OpprettAsync();

    public async Task DisposeAsync() => await logg.DisposeAsync();

    [Fact]
    public async Task TwoInstancesWritingConcurrentlyCommitEveryRowOnceAndCountUsageExactly()
    {
        await using var kildeA = NpgsqlDataSource.Create(logg.Database.Tilkoblingsstreng);
        await using var kildeB = NpgsqlDataSource.Create(logg.Database.Tilkoblingsstreng);
        await using var a = PostgresLogglager.SkriverPa(kildeA, TimeSpan.FromSeconds(30));
        await using var b = PostgresLogglager.SkriverPa(kildeB, TimeSpan.FromSeconds(30));
        Guid[] organisasjoner = [Loggrader.Org, Loggrader.AnnenOrg];
        Guid[] integrasjoner = [Loggrader.Integrasjon, Loggrader.AnnenIntegrasjon];
        DateTimeOffset[] tider = [new(2026, 1, 31, 22, 30, 0, TimeSpan.Zero), new(2026, 1, 31, 23, 30, 0, TimeSpan.Zero), Loggrader.Tid];
        Utfall[] utfall = [Utfall.Treff, Utfall.Ukjent, Utfall.Feil];
        LoggRad Rad(int i) => Loggrader.Rad(
            Operasjoner.Person,
            Loggrader.Fnr1,
            utfall[i % 3],
            tider[i / 3 % 3],
            organisasjoner[i / 9 % 2],
            integrasjoner[i / 18 % 2],
            parter: [Loggrader.Fnr1, Loggrader.Fnr2],
            errorId: $"rad-{i}");
        var rader = Enumerable.Range(0, 6_400).Select(Rad).ToList();

        await Task.WhenAll(Enumerable.Range(0, 64).Select(t => Task.Run(async () =>
        {
            for (var i = t; i < rader.Count; i += 64)
            {
                await (i % 2 == 0 ? a : b).SkrivAsync([rader[i]]);
            }
        })));

        var lagret = await logg.AlleAsync();
        Assert.Equal(rader.Select(r => r.ErrorId).Order(), lagret.Select(r => r.ErrorId).Order());
        Assert.Equal(2L * rader.Count, await logg.Database.SkalarAsync("SELECT count(*) FROM logg_part"));
        Assert.InRange(a.Transaksjoner + b.Transaksjoner, 2, rader.Count - 1);
        var forventet = rader.Where(r => r.Utfall != Utfall.Feil)
            .GroupBy(r => (r.FiksOrgId, r.IntegrasjonId, Kjoretoyregister.Contracts.NorskTid.TilNorskTid(r.Tidspunkt).Month))
            .Select(g => new Forbruk(g.Key.FiksOrgId, g.Key.IntegrasjonId, 2026, g.Key.Month, g.Count(), g.Count(r => r.Utfall == Utfall.Treff)))
            .OrderBy(f => f.ToString());
        Assert.Equal(forventet, (await logg.Leser.ForbrukAsync(null)).OrderBy(f => f.ToString()));
    }

    [Fact]
    public async Task RowsAndTheirPartiesLandInTheirUtcMonthsPartitionsAndTheNextMonthIsMadeAhead()
    {
        await logg.Skriver.SkrivAsync(
        [
            Loggrader.Rad(Operasjoner.Person, Loggrader.Fnr1, tidspunkt: new(2026, 1, 31, 23, 30, 0, TimeSpan.Zero), errorId: "januar"),
            Loggrader.Rad(Operasjoner.Person, Loggrader.Fnr1, tidspunkt: new(2026, 2, 28, 23, 59, 59, TimeSpan.Zero), errorId: "februar"),
        ]);
        await logg.Skriver.SkrivAsync([Loggrader.Rad(Operasjoner.Person, Loggrader.Fnr1, tidspunkt: new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero), errorId: "juni")]);

        var rader = await Tekster("SELECT error_id || ' ' || tableoid::regclass FROM logg ORDER BY tidspunkt");
        var parter = await Tekster("SELECT tableoid::regclass::text FROM logg_part ORDER BY tidspunkt");
        var partisjoner = await Tekster("SELECT inhrelid::regclass::text FROM pg_inherits WHERE inhparent = 'logg'::regclass ORDER BY 1");

        Assert.Equal(["januar logg_2026_01", "februar logg_2026_02", "juni logg_2026_06"], rader);
        Assert.Equal(["logg_part_2026_01", "logg_part_2026_02", "logg_part_2026_06"], parter);
        Assert.Equal(["logg_2026_01", "logg_2026_02", "logg_2026_03", "logg_2026_06", "logg_2026_07"], partisjoner);
    }

    public static TheoryData<string> Borte => ["slettet database", "lukket port", "taus tjener"];

    [Theory]
    [MemberData(nameof(Borte))]
    public async Task ADatabaseThatIsGoneFailsTheCallerWithinTheDeadline(string hva)
    {
        using var taus = new TcpListener(IPAddress.Loopback, 0);
        taus.Start();
        var port = ((IPEndPoint)taus.LocalEndpoint).Port;
        if (hva == "lukket port")
        {
            taus.Stop();
        }

        var tilkobling = new NpgsqlConnectionStringBuilder(logg.Database.Tilkoblingsstreng) { Timeout = 30 };
        if (hva == "slettet database")
        {
            tilkobling.Database = "test_finnes_ikke_" + Guid.NewGuid().ToString("N");
        }
        else
        {
            tilkobling.Host = "127.0.0.1";
            tilkobling.Port = port;
        }

        await using var kilde = NpgsqlDataSource.Create(tilkobling.ConnectionString);
        await using var skriver = PostgresLogglager.SkriverPa(kilde, Frist);

        var klokke = Stopwatch.StartNew();
        var feil = await Record.ExceptionAsync(async () => await skriver.SkrivAsync([Loggrader.Rad()]));

        Assert.IsType<OppslagsloggException>(feil);
        Assert.InRange(klokke.Elapsed, TimeSpan.Zero, Frist + TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task SearchesForAPersonAndForAnIntegrationUseIndexes()
    {
        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var batch = 0; batch < 8; batch++)
        {
            await logg.Skriver.SkrivAsync([.. Enumerable.Range(batch * 5_000, 5_000).Select(i => Loggrader.Rad(
                Operasjoner.Kjennemerke,
                $"BR {i % 90_000 + 10_000}",
                tidspunkt: start.AddMinutes(i * 13),
                integrasjon: new Guid(i % 400, 0, 0, new byte[8]),
                parter: [Fnr(i % 20_000)],
                errorId: Id(i)))]);
        }

        await logg.KjorAsync("ANALYZE");

        var person = await Plan(new LoggFilter(Fodselsnummer: Fnr(17), Antall: 50));
        var integrasjon = await Plan(new LoggFilter(IntegrasjonId: new Guid(17, 0, 0, new byte[8]), Fra: start, Til: start.AddYears(1), Antall: 50));

        Assert.Contains("Index Only Scan Backward using logg_part_2025_06_pkey", person);
        // The row is fetched by its key (tidspunkt, id) or by the chain's index on id; either is an index probe.
        Assert.Matches("using logg_2025_06_(pkey|id_idx)", person);
        Assert.Contains("integrasjon_id_tidspunkt_idx", integrasjon);
        Assert.Empty(await SekvensieltLesteMedRader(person));
        Assert.Empty(await SekvensieltLesteMedRader(integrasjon));
    }

    [Fact]
    public async Task TheRegistrationOnPostgresWritesReadsAndChecksReadinessNamingTheDatabase()
    {
        await using var tjenester = Tjenester(logg.Database.DataSource);
        await using var tom = await Kjoretoyregister.Testing.PostgresTestdatabase.OpprettAsync();
        await using var utenTabeller = Tjenester(tom.DataSource);

        await tjenester.GetRequiredService<IOppslagslogg>().SkrivAsync([Loggrader.Rad(errorId: "via-registreringen")]);
        var rader = await tjenester.GetRequiredService<IOppslagsloggLeser>().SokAsync(new LoggFilter()).ToListAsync();
        var klar = await tjenester.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        var ikkeKlar = await utenTabeller.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal("via-registreringen", Assert.Single(rader).Rad.ErrorId);
        Assert.Equal(HealthStatus.Healthy, klar.Status);
        Assert.Equal(HealthStatus.Unhealthy, ikkeKlar.Status);
        Assert.Contains(tom.Navn, ikkeKlar.Entries["oppslagslogg"].Description, StringComparison.Ordinal);
    }

    private static ServiceProvider Tjenester(NpgsqlDataSource kilde)
    {
        var tjenester = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System).AddSingleton(kilde);
        tjenester.AddOptions<OppslagsloggOptions>();
        return tjenester.AddOppslagsloggLagring(Lagringsmotor.Postgres).BuildServiceProvider();
    }

    private static string Id(int i) => i.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>A synthetic fødselsnummer (month + 80).</summary>
    private static string Fnr(int i) => $"{i % 28 + 1:00}{81 + i % 12}90{i:00000}";

    private async Task<string> Plan(LoggFilter filter)
    {
        await using var kommando = logg.PostgresLeser.Sok(filter);
        kommando.CommandText = "EXPLAIN " + kommando.CommandText;
        var linjer = new List<string>();
        await using var leser = await kommando.ExecuteReaderAsync();
        while (await leser.ReadAsync())
        {
            linjer.Add(leser.GetString(0));
        }

        return string.Join('\n', linjer);
    }

    /// <summary>The partitions the plan reads whole that hold rows (the empty month made ahead costs nothing to read).</summary>
    private async Task<List<string>> SekvensieltLesteMedRader(string plan)
    {
        var medRader = new List<string>();
        foreach (var tabell in Regex.Matches(plan, @"Seq Scan on (\w+)").Select(m => m.Groups[1].Value).Distinct())
        {
            if ((long)(await logg.Database.SkalarAsync($"SELECT count(*) FROM {tabell}"))! > 0)
            {
                medRader.Add(tabell);
            }
        }

        return medRader;
    }

    private async Task<List<string>> Tekster(string sql)
    {
        await using var kommando = logg.Database.DataSource.CreateCommand(sql);
        var tekster = new List<string>();
        await using var leser = await kommando.ExecuteReaderAsync();
        while (await leser.ReadAsync())
        {
            tekster.Add(leser.GetString(0));
        }

        return tekster;
    }
}

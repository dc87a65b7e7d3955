using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Server.Forvaltning.Endringer;
using Kjoretoyregister.Server.Logg;
using Kjoretoyregister.Server.Tests.Forvaltning;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Kjoretoyregister.Server.Tests.Logg;

public sealed class SqliteLoggkjedeTests : LoggkjedeTests
{
    protected override Lagringsmotor Motor => Lagringsmotor.Sqlite;

    protected override Task<Logglager> LagAsync() => Task.FromResult<Logglager>(new SqliteLogglager());
}

public sealed class PostgresLoggkjedeTests : LoggkjedeTests
{
    protected override Lagringsmotor Motor => Lagringsmotor.Postgres;

    protected override async Task<Logglager> LagAsync() => await PostgresLogglager.OpprettAsync();
}

/// <summary>
/// The audit log's hash chain on each engine: rows written through the real writer verify; a row edited,
/// deleted or put in behind the writer's back, or the tail cut off, is named by the verifier.
/// </summary>
public abstract class LoggkjedeTests : IAsyncLifetime
{
    private Logglager logg = null!;
    private Fikslager fiks = null!;

    protected abstract Lagringsmotor Motor { get; }

    public async Task InitializeAsync()
    {
        logg = await LagAsync();
        fiks = await Fikslager.LagAsync(Motor);
    }

    public async Task DisposeAsync()
    {
        await logg.DisposeAsync();
        await fiks.DisposeAsync();
    }

    protected abstract Task<Logglager> LagAsync();

    [Fact]
    public async Task RowsWrittenByConcurrentCallersFormOneIntactChain()
    {
        var ider = await SkrivAsync(30);

        var resultat = await Verifiser().VerifiserAsync();

        Assert.True(resultat.Intakt, resultat.Brudd);
        Assert.Equal(30, resultat.Verifisert);
        Assert.Equal(ider[^1], resultat.HodeId);
        Assert.Equal(64, resultat.HodeHash!.Length);
    }

    [Theory]
    [InlineData("nokkel = 'AB 99999'")]
    [InlineData("parter = ''")]
    [InlineData("saksreferanse = 'PG-0001'")]
    public async Task EditedRowIsNamedAsChanged(string endring)
    {
        var ider = await SkrivAsync(10);

        await logg.KjorAsync($"UPDATE logg SET {endring} WHERE id = {ider[4]}");
        var resultat = await Verifiser().VerifiserAsync();

        Assert.False(resultat.Intakt);
        Assert.Equal(ider[4], resultat.BruddId);
        Assert.StartsWith("endret", resultat.Brudd, StringComparison.Ordinal);
        Assert.Equal(4, resultat.Verifisert);
    }

    [Fact]
    public async Task DeletedRowIsNamedByTheBreakAfterIt()
    {
        var ider = await SkrivAsync(10);

        await logg.KjorAsync($"DELETE FROM logg WHERE id = {ider[4]}");
        var resultat = await Verifiser().VerifiserAsync();

        Assert.False(resultat.Intakt);
        Assert.Equal(ider[5], resultat.BruddId);
        Assert.StartsWith($"fjernet før rad {ider[5]}", resultat.Brudd, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgedRowAfterTheHeadIsNamedAsInserted()
    {
        var ider = await SkrivAsync(5);

        await logg.KjorAsync(ForfalsketRad(ider[^1] + 1));
        var resultat = await Verifiser().VerifiserAsync();

        Assert.False(resultat.Intakt);
        Assert.Equal(ider[^1] + 1, resultat.BruddId);
        Assert.StartsWith("satt inn", resultat.Brudd, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgedRowBeforeTheChainIsNamedAsInserted()
    {
        var ider = await SkrivAsync(5);

        await logg.KjorAsync(ForfalsketRad(ider[0] - 1));
        var resultat = await Verifiser().VerifiserAsync();

        Assert.False(resultat.Intakt);
        Assert.Equal(ider[0] - 1, resultat.BruddId);
        Assert.StartsWith("satt inn", resultat.Brudd, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TruncatedTailIsCaughtByTheHead()
    {
        var ider = await SkrivAsync(6);

        await logg.KjorAsync($"DELETE FROM logg WHERE id >= {ider[4]}");
        var resultat = await Verifiser().VerifiserAsync();

        Assert.False(resultat.Intakt);
        Assert.Equal(ider[3], resultat.BruddId);
        Assert.Equal($"fjernet etter rad {ider[3]}: kjedens hode er rad {ider[5]}", resultat.Brudd);
    }

    [Fact]
    public async Task TruncatedTailWithTheHeadRewrittenIsCaughtByTheAnchor()
    {
        var ider = await SkrivAsync(6);
        await Vedlikehold(logg.Kjede()).KjorAsync();

        await logg.KjorAsync($"DELETE FROM logg WHERE id >= {ider[4]}");
        await logg.KjorAsync($"UPDATE logg_kjede SET siste_id = {ider[3]}, siste_hash = (SELECT hash FROM logg WHERE id = {ider[3]})");
        var resultat = await Verifiser().VerifiserAsync();

        Assert.False(resultat.Intakt);
        Assert.StartsWith($"fjernet: rad {ider[5]} fra ankerpunktet", resultat.Brudd, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoInstancesRacingWriteOneAnchorPerDay()
    {
        var ider = await SkrivAsync(3);

        await Task.WhenAll(Vedlikehold(logg.Kjede()).KjorAsync(), Vedlikehold(logg.Kjede()).KjorAsync());
        await Task.WhenAll(Vedlikehold(logg.Kjede()).KjorAsync(), Vedlikehold(logg.Kjede()).KjorAsync());
        var forsteDag = await Ankere();
        fiks.Klokke.Advance(TimeSpan.FromDays(1));
        await Task.WhenAll(Vedlikehold(logg.Kjede()).KjorAsync(), Vedlikehold(logg.Kjede()).KjorAsync());

        var anker = Loggverifisering.Les(Assert.Single(forsteDag).Handling)!;
        Assert.Equal(ider[^1], anker.LoggId);
        Assert.Equal(new DateOnly(2025, 3, 1), anker.Dato);
        Assert.Equal(2, (await Ankere()).Count);
        Assert.Equal([new DateOnly(2025, 3, 2), new DateOnly(2025, 3, 1)], (await logg.Kjede().SisteAnkerpunkterAsync(5)).Select(a => a.Dato));
        Assert.True((await Verifiser().VerifiserAsync()).Intakt);
    }

    [Fact]
    public async Task RetentionDeletesOldRowsKeepsUsageAndTheChainStillVerifies()
    {
        // The fake clock stands at 2025-03-01; with two years kept, rows of 2022 go and rows of 2025 stay.
        var gammel = new DateTimeOffset(2022, 6, 15, 10, 0, 0, TimeSpan.Zero);
        const int gamle = 2_300;
        await SkrivAsync(gamle, gammel, person: true);
        var nye = await SkrivAsync(7, new DateTimeOffset(2025, 2, 27, 10, 0, 0, TimeSpan.Zero), person: true);
        var forbruk = await logg.TallAsync("SELECT sum(oppslag) FROM forbruk");
        var parter = await logg.TallAsync("SELECT count(*) FROM logg_part");

        await Vedlikehold(logg.Kjede()).KjorAsync();

        Assert.Equal(7, await logg.TallAsync("SELECT count(*) FROM logg"));
        Assert.Equal(nye[0], await logg.TallAsync("SELECT min(id) FROM logg"));
        Assert.Equal(parter * 7 / (gamle + 7), await logg.TallAsync("SELECT count(*) FROM logg_part"));
        Assert.Equal(forbruk, await logg.TallAsync("SELECT sum(oppslag) FROM forbruk"));
        var resultat = await Verifiser().VerifiserAsync();
        Assert.True(resultat.Intakt, resultat.Brudd);
        Assert.Equal(7, resultat.Verifisert);
        var endringer = await fiks.Endringslogg().ListAsync(null, 0, 10);
        Assert.Contains(endringer, e => e.Handling.StartsWith($"Oppslagsloggen: {gamle} rader eldre enn", StringComparison.Ordinal) && e.Utfortav == "system");

        var flere = await SkrivAsync(3, new DateTimeOffset(2025, 3, 1, 7, 0, 0, TimeSpan.Zero));
        var etterpa = await Verifiser().VerifiserAsync();
        Assert.True(etterpa.Intakt, etterpa.Brudd);
        Assert.Equal(flere[^1], etterpa.HodeId);
    }

    [Fact]
    public async Task RetentionOfEveryRowLeavesAChainTheNextRowsExtend()
    {
        await SkrivAsync(4, new DateTimeOffset(2022, 6, 15, 10, 0, 0, TimeSpan.Zero));

        await Vedlikehold(logg.Kjede()).KjorAsync();
        var tom = await Verifiser().VerifiserAsync();
        await SkrivAsync(2);
        var etterpa = await Verifiser().VerifiserAsync();

        Assert.Equal(2, await logg.TallAsync("SELECT count(*) FROM logg"));
        Assert.True(tom.Intakt, tom.Brudd);
        Assert.True(etterpa.Intakt, etterpa.Brudd);
        Assert.Equal(2, etterpa.Verifisert);
    }

    private Loggverifisering Verifiser() => new(logg.Kjede(), fiks.Endringslogg());

    private Loggvedlikehold Vedlikehold(ILoggkjedelager kjede) => new(
        kjede, fiks.Endringslogg(), Options.Create(new LoggOptions()), fiks.Klokke, NullLogger<Loggvedlikehold>.Instance);

    private async Task<List<Endring>> Ankere() =>
        [.. (await fiks.Endringslogg().ListAsync(null, 0, 100)).Where(e => e.Handling.StartsWith(Loggverifisering.Ankertekst, StringComparison.Ordinal))];

    /// <summary>Writes rows through the real writer, several callers at once; returns the ids in order.</summary>
    private async Task<List<long>> SkrivAsync(int antall, DateTimeOffset? tid = null, bool person = false)
    {
        var fra = await logg.TallAsync("SELECT coalesce(max(id), 0) FROM logg");
        await Task.WhenAll(Enumerable.Range(0, antall).Chunk(Math.Max(1, antall / 5)).Select(del => Task.Run(async () =>
        {
            foreach (var i in del)
            {
                await logg.Skriver.SkrivAsync([Loggrader.Rad(
                    operasjon: person ? Operasjoner.Person : Operasjoner.Kjennemerke,
                    nokkel: person ? Loggrader.Fnr1 : "BR 12345",
                    tidspunkt: (tid ?? Loggrader.Tid).AddMilliseconds(i),
                    parter: [Loggrader.Fnr2],
                    errorId: $"e-{i}")]);
            }
        })));
        var ider = new List<long>();
        await using var lesing = await logg.Kjede().LesAsync();
        await foreach (var r in lesing.RaderAsync())
        {
            if (r.Id > fra)
            {
                ider.Add(r.Id);
            }
        }

        return ider;
    }

    private string ForfalsketRad(long id) => $"""
        INSERT INTO logg (id, tidspunkt, fiks_org_id, integrasjon_id, konsument_orgnr, klient_id, operasjon, nokkel, sokenokkel, dtg,
                          utfall, kuider, parter, error_id, hash, forrige_hash)
        VALUES ({id}, {(Motor == Lagringsmotor.Postgres ? "'2026-03-10T12:00:00Z'" : "1773144000000")},
                '{Loggrader.Org}', '{Loggrader.Integrasjon}', '910000144', 'klient-1', 'kjennemerke', 'BR 12345', 'BR12345', NULL,
                'treff', '', '', 'forfalsket', {Bytes(Motor)}, {Bytes(Motor)})
        """;

    private static string Bytes(Lagringsmotor motor) => motor == Lagringsmotor.Postgres
        ? "'\\x" + new string('a', 64) + "'::bytea"
        : "x'" + new string('a', 64) + "'";
}

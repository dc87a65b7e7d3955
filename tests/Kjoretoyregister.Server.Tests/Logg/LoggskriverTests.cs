using System.Diagnostics;
using System.Globalization;
using Kjoretoyregister.Server.Logg;

namespace Kjoretoyregister.Server.Tests.Logg;

public sealed class SqliteLoggskriverTests : LoggskriverTests
{
    protected override Task<Logglager> LagAsync() => Task.FromResult<Logglager>(new SqliteLogglager());
}

public sealed class PostgresLoggskriverTests : LoggskriverTests
{
    protected override async Task<Logglager> LagAsync() => await PostgresLogglager.OpprettAsync();
}

/// <summary>The group-commit writer on each engine: every caller's rows committed whole, or the caller told.</summary>
public abstract class LoggskriverTests : IAsyncLifetime
{
    private Logglager logg = null!;

    public async Task InitializeAsync() => logg = await LagAsync();

    public async Task DisposeAsync() => await logg.DisposeAsync();

    protected abstract Task<Logglager> LagAsync();

    private static string Id(int i) => i.ToString("D4", CultureInfo.InvariantCulture);

    [Fact]
    public async Task ConcurrentCallersAreAllCommittedWithTheirFieldsInFewerTransactionsThanCalls()
    {
        const int kall = 400;
        var dtg = new DateTimeOffset(2025, 5, 1, 8, 0, 0, TimeSpan.Zero);
        LoggRad[] Rader(int i) => [.. Enumerable.Range(0, 1 + (i % 3)).Select(n => Loggrader.Rad(
            operasjon: Operasjoner.Person,
            nokkel: Loggrader.Fnr1,
            tidspunkt: Loggrader.Tid.AddMilliseconds(i),
            kuider: [$"70000{i:00000}", "7000000002"],
            parter: [Loggrader.Fnr1, Loggrader.Orgnr1],
            errorId: $"{Id(i)}-{n}",
            formal: i % 2 == 0 ? "Parkeringskontroll" : null,
            dtg: dtg))];

        await Task.WhenAll(Enumerable.Range(0, kall).Select(i => Task.Run(async () => await logg.Skriver.SkrivAsync(Rader(i)))));

        var lagret = (await logg.AlleAsync()).ToDictionary(r => r.ErrorId);
        var forventet = Enumerable.Range(0, kall).SelectMany(Rader).ToList();
        Assert.Equal(forventet.Count, lagret.Count);
        Assert.All(forventet, f =>
        {
            var r = lagret[f.ErrorId];
            Assert.Equal(f with { Kuider = [], Parter = [] }, r with { Kuider = [], Parter = [] });
            Assert.Equal(f.Kuider, r.Kuider);
            Assert.Equal(f.Parter, r.Parter);
        });
        Assert.InRange(logg.Skriver.Transaksjoner, 1, kall - 1);
    }

    [Fact]
    public async Task AFailedTransactionFailsEveryCallerInItAndAWriteAfterRepairSucceeds()
    {
        await logg.Skriver.SkrivAsync([Loggrader.Rad(errorId: "for")]);
        await logg.KjorAsync("DROP TABLE forbruk");

        var utfall = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
            await Record.ExceptionAsync(async () => await logg.Skriver.SkrivAsync([Loggrader.Rad(errorId: Id(i))])))));
        var radeneEtterFeil = await logg.AlleAsync();
        await logg.KjorAsync(logg.LagForbruk());
        await logg.Skriver.SkrivAsync([Loggrader.Rad(errorId: "etter")]);

        Assert.All(utfall, feil => Assert.IsType<OppslagsloggException>(feil));
        Assert.Equal(["for"], radeneEtterFeil.Select(r => r.ErrorId));
        Assert.Equal(["etter", "for"], (await logg.AlleAsync()).Select(r => r.ErrorId).Order());
    }

    [Fact]
    public async Task ACallerThatCancelsNeverLosesOrHalfWritesAnotherCallersRows()
    {
        const int kall = 200;
        using var avbryt = new CancellationTokenSource();
        var oppgaver = Enumerable.Range(0, kall).Select(i => Task.Run(async () =>
        {
            var token = i % 2 == 0 ? avbryt.Token : CancellationToken.None;
            if (i == kall / 2)
            {
                await avbryt.CancelAsync();
            }

            return await Record.ExceptionAsync(async () => await logg.Skriver.SkrivAsync(
                [.. Enumerable.Range(0, 4).Select(n => Loggrader.Rad(errorId: Id(i)))], token));
        })).ToList();

        var feil = await Task.WhenAll(oppgaver);
        await logg.Skriver.DisposeAsync();

        var perKall = (await logg.AlleAsync()).GroupBy(r => r.ErrorId).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(Enumerable.Range(0, kall).Where(i => i % 2 == 1), i =>
        {
            Assert.Null(feil[i]);
            Assert.Equal(4, perKall[Id(i)]);
        });
        Assert.All(Enumerable.Range(0, kall).Where(i => i % 2 == 0), i =>
        {
            var antall = perKall.GetValueOrDefault(Id(i));
            Assert.True(feil[i] is null ? antall == 4 : feil[i] is OperationCanceledException && antall is 0 or 4);
        });
    }

    [Fact]
    public async Task AnIncompleteRowFailsOnlyItsOwnCaller()
    {
        var ufullstendig = Loggrader.Rad(errorId: "ufullstendig") with { KlientId = null! };

        var gode = Enumerable.Range(0, 20).Select(i => logg.Skriver.SkrivAsync([Loggrader.Rad(errorId: Id(i))]).AsTask()).ToList();
        var feil = await Record.ExceptionAsync(async () => await logg.Skriver.SkrivAsync([Loggrader.Rad(errorId: "god-nabo"), ufullstendig]));
        await Task.WhenAll(gode);

        Assert.IsType<ArgumentException>(feil);
        Assert.Equal(20, await logg.Leser.TellAsync(new LoggFilter()));
    }

    [Fact]
    public async Task ShutdownWritesWhatIsQueuedThenRefusesNewRows()
    {
        var ventende = Enumerable.Range(0, 50).Select(i => logg.Skriver.SkrivAsync([Loggrader.Rad(errorId: Id(i))]).AsTask()).ToList();

        await logg.Skriver.DisposeAsync();
        var etterpa = await Record.ExceptionAsync(async () => await logg.Skriver.SkrivAsync([Loggrader.Rad()]));

        await Task.WhenAll(ventende);
        Assert.Equal(50, (await logg.AlleAsync()).Count);
        Assert.IsType<OppslagsloggException>(etterpa);
    }

    [Fact]
    public async Task OneCallersRowsAreNeverSplitAcrossTransactions()
    {
        var liten = logg.LagSkriver(maksRader: 3);

        await liten.SkrivAsync([.. Enumerable.Range(0, 10).Select(i => Loggrader.Rad(errorId: Id(i)))]);

        Assert.Equal(1, liten.Transaksjoner);
        Assert.Equal(10, await logg.Leser.TellAsync(new LoggFilter()));
    }

    [Fact]
    public async Task AHeldLockFailsTheCallerWithinTheDeadlineAndTheNextWriteSucceeds()
    {
        var skriver = logg.LagSkriver(skrivefrist: TimeSpan.FromSeconds(1));
        await skriver.SkrivAsync([Loggrader.Rad(errorId: "for")]);

        Exception? feil;
        TimeSpan ventet;
        await using (await logg.HoldSkrivelasAsync())
        {
            var klokke = Stopwatch.StartNew();
            feil = await Record.ExceptionAsync(async () => await skriver.SkrivAsync([Loggrader.Rad(errorId: "under")]));
            ventet = klokke.Elapsed;
        }

        await skriver.SkrivAsync([Loggrader.Rad(errorId: "etter")]);

        Assert.IsType<OppslagsloggException>(feil);
        Assert.InRange(ventet, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(4));
        Assert.Contains("etter", (await logg.AlleAsync()).Select(r => r.ErrorId));
    }

    [Fact]
    public async Task TheHealthCheckSeesTheTables()
    {
        var hel = await logg.SvarerAsync();
        await logg.KjorAsync("DROP TABLE logg_part");

        var odelagt = await logg.SvarerAsync();

        Assert.True(hel);
        Assert.False(odelagt);
    }
}

using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Server.Forvaltning.Kontoer;
using Kjoretoyregister.Server.Tilgang;
using Microsoft.Extensions.Options;

namespace Kjoretoyregister.Server.Tests.Tilgang;

/// <summary>
/// Wrong-password counts on both engines: an attempt is reserved before the hash, the lock comes at
/// exactly the limit, and no attempt is lost or let through between server instances on one database.
/// </summary>
public abstract class FeilforsokStoreTests(Lagringsmotor motor) : Tilgangslagertest(motor)
{
    private static readonly TimeSpan Sperretid = TimeSpan.FromMinutes(15);

    [Fact]
    public async Task TheNameIsLockedAtExactlyTheLimitAndTheCountStartsAgainAfterTheLock()
    {
        var forsok = Innlogging(Lager.Feilforsok());

        var svar = new List<Forsok>();
        for (var i = 0; i < 6; i++)
        {
            svar.Add(await forsok.ReserverAsync("kari", default));
        }

        Lager.Klokke.Advance(Sperretid + TimeSpan.FromSeconds(1));
        var etterSperre = await forsok.ReserverAsync("kari", default);

        Assert.All(svar.Take(4), s => Assert.True(s.Tillatt && s.Teller.SperretTil is null));
        Assert.True(svar[4].Tillatt);
        Assert.Equal(Lager.Klokke.GetUtcNow() - TimeSpan.FromSeconds(1), svar[4].Teller.SperretTil);
        Assert.False(svar[5].Tillatt);
        Assert.True(etterSperre.Tillatt);
        Assert.Equal(1, etterSperre.Teller.Antall);
        Assert.Null(etterSperre.Teller.SperretTil);
    }

    [Fact]
    public async Task ASuccessClearsTheCountSoTheLimitStartsOver()
    {
        var forsok = Innlogging(Lager.Feilforsok());
        for (var i = 0; i < 4; i++)
        {
            await forsok.ReserverAsync("kari", default);
        }

        await forsok.NullstillAsync("kari", default);
        var neste = await forsok.ReserverAsync("kari", default);

        Assert.Equal(1, neste.Teller.Antall);
        Assert.Null(neste.Teller.SperretTil);
    }

    [Fact]
    public async Task TwoInstancesReservingAtOnceLoseNoAttempt()
    {
        var server1 = Innlogging(Lager.Feilforsok(), maksForsok: 100);
        var server2 = Innlogging(Lager.Feilforsok(), maksForsok: 100);

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(async () =>
            await (i % 2 == 0 ? server1 : server2).ReserverAsync("kari", default))));
        var neste = await server1.ReserverAsync("kari", default);

        Assert.Equal(41, neste.Teller.Antall);
    }

    [Fact]
    public async Task TwoInstancesRacingPastTheLimitLetExactlyTheLimitThrough()
    {
        var server1 = Innlogging(Lager.Feilforsok());
        var server2 = Innlogging(Lager.Feilforsok());

        var svar = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => Task.Run(async () =>
            await (i % 2 == 0 ? server1 : server2).ReserverAsync("kari", default))));

        Assert.Equal(5, svar.Count(s => s.Tillatt));
        Assert.Single(svar, s => s.Tillatt && s.Teller.SperretTil is not null);
    }

    [Fact]
    public async Task AnIntegrationGuessedThroughTwoInstancesAtOnceIsLockedForBothAfterFiveHashes()
    {
        var server1 = new Feilforsok(Lager.Feilforsok(), Lager.Klokke);
        var server2 = new Feilforsok(Lager.Feilforsok(), Lager.Klokke);
        var id = Guid.NewGuid();

        var venter = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => Task.Run(async () =>
            await (i % 2 == 0 ? server1 : server2).ReserverAsync(id, default))));
        var etterpa1 = await server1.ReserverAsync(id, default);
        var etterpa2 = await server2.ReserverAsync(id, default);

        Assert.Equal(Feilforsok.FrieForsok, venter.Count(v => v is null));
        Assert.All(venter.Where(v => v is not null), v => Assert.Equal(TimeSpan.FromSeconds(1), v));
        Assert.Equal(TimeSpan.FromSeconds(1), etterpa1);
        Assert.Equal(TimeSpan.FromSeconds(1), etterpa2);
    }

    [Fact]
    public async Task AnIntegrationGetsFiveTriesThenALockThatDoublesUpToAMinute()
    {
        var feilforsok = new Feilforsok(Lager.Feilforsok(), Lager.Klokke);
        var id = Guid.NewGuid();

        var forste = new List<TimeSpan?>();
        for (var i = 0; i < Feilforsok.FrieForsok + 1; i++)
        {
            forste.Add(await feilforsok.ReserverAsync(id, default));
        }

        var venter = new List<TimeSpan>();
        for (var i = 0; i < 10; i++)
        {
            Lager.Klokke.Advance(forste[^1] ?? TimeSpan.Zero);
            var vent = await feilforsok.ReserverAsync(id, default);
            Assert.Null(vent);
            venter.Add((await feilforsok.ReserverAsync(id, default))!.Value);
            forste[^1] = venter[^1];
        }

        Assert.All(forste.Take(Feilforsok.FrieForsok), v => Assert.Null(v));
        Assert.Equal(TimeSpan.FromSeconds(2), venter[0]);
        Assert.Equal(TimeSpan.FromSeconds(4), venter[1]);
        Assert.Equal(Feilforsok.MaksVent, venter[^1]);
    }

    private static Innloggingsforsok Innlogging(IFeilforsokStore store, int maksForsok = 5) =>
        new(store, Options.Create(new InnloggingOptions { MaksForsok = maksForsok, SperretidMinutter = (int)Sperretid.TotalMinutes }));
}

public sealed class SqliteFeilforsokStoreTests() : FeilforsokStoreTests(Lagringsmotor.Sqlite);

public sealed class PostgresFeilforsokStoreTests() : FeilforsokStoreTests(Lagringsmotor.Postgres);

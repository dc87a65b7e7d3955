using Kjoretoyregister.Server.Forvaltning.Kontoer;
using Kjoretoyregister.Server.Tilgang;
using Microsoft.Extensions.Options;

namespace Kjoretoyregister.Server.Tests.Forvaltning;

/// <summary>
/// Wrong-password counts in fiks.db: an attempt is reserved before the hash, the lock comes at exactly the
/// limit, an unknown login name is counted as a known one, and no attempt is lost or let through between
/// server instances on one file.
/// </summary>
public sealed class FeilforsokStoreTests : IDisposable
{
    private const string Hash = "pbkdf2-sha512$1$AA==$AA==";
    private static readonly TimeSpan Sperretid = TimeSpan.FromMinutes(15);

    private readonly Fiksfil fil = new();

    [Fact]
    public async Task TheNameIsLockedAtExactlyTheLimitAndTheCountStartsAgainAfterTheLock()
    {
        var forsok = Innlogging(fil.Feilforsok());

        var svar = new List<Forsok>();
        for (var i = 0; i < 6; i++)
        {
            svar.Add(await forsok.ReserverAsync("kari", default));
        }

        fil.Klokke.Advance(Sperretid + TimeSpan.FromSeconds(1));
        var etterSperre = await forsok.ReserverAsync("kari", default);

        Assert.All(svar.Take(4), s => Assert.True(s.Tillatt && s.Teller.SperretTil is null));
        Assert.True(svar[4].Tillatt);
        Assert.Equal(fil.Klokke.GetUtcNow() - TimeSpan.FromSeconds(1), svar[4].Teller.SperretTil);
        Assert.False(svar[5].Tillatt);
        Assert.True(etterSperre.Tillatt);
        Assert.Equal(1, etterSperre.Teller.Antall);
        Assert.Null(etterSperre.Teller.SperretTil);
    }

    [Fact]
    public async Task ASuccessClearsTheCountSoTheLimitStartsOver()
    {
        var forsok = Innlogging(fil.Feilforsok());
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
    public async Task AnUnknownNameIsCountedAndLockedExactlyAsAKnownOne()
    {
        await fil.Brukere().OpprettAsync("kari", "Kari", Hash, ksAdministrator: false);
        var forsok = Innlogging(fil.Feilforsok());

        var kjent = new List<Forsok>();
        var ukjent = new List<Forsok>();
        for (var i = 0; i < 7; i++)
        {
            kjent.Add(await forsok.ReserverAsync("kari", default));
            ukjent.Add(await forsok.ReserverAsync("finnes-ikke", default));
        }

        Assert.Equal(kjent, ukjent);
        Assert.NotNull((await fil.Brukere().HentInnloggingAsync("kari"))!.SperretTil);
    }

    [Fact]
    public async Task TwoStoresOnOneFileReservingAtOnceLoseNoAttempt()
    {
        await fil.Brukere().OpprettAsync("kari", "Kari", Hash, ksAdministrator: false);
        var server1 = Innlogging(fil.Feilforsok(), maksForsok: 100);
        var server2 = Innlogging(fil.Feilforsok(), maksForsok: 100);

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(async () =>
            await (i % 2 == 0 ? server1 : server2).ReserverAsync("kari", default))));

        Assert.Equal(40, (await fil.Brukere().HentInnloggingAsync("kari"))!.Feilforsok);
    }

    [Fact]
    public async Task TwoStoresRacingPastTheLimitLetExactlyTheLimitThrough()
    {
        var server1 = Innlogging(fil.Feilforsok());
        var server2 = Innlogging(fil.Feilforsok());

        var svar = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => Task.Run(async () =>
            await (i % 2 == 0 ? server1 : server2).ReserverAsync("kari", default))));

        Assert.Equal(5, svar.Count(s => s.Tillatt));
        Assert.Single(svar, s => s.Tillatt && s.Teller.SperretTil is not null);
    }

    [Fact]
    public async Task ANewPasswordLiftsTheLock()
    {
        var brukere = fil.Brukere();
        await brukere.OpprettAsync("kari", "Kari", Hash, ksAdministrator: false);
        var forsok = Innlogging(fil.Feilforsok(), maksForsok: 1);
        await forsok.ReserverAsync("kari", default);

        await brukere.ByttPassordAsync("kari", "ny-hash");

        var innlogging = await brukere.HentInnloggingAsync("kari");
        Assert.Null(innlogging!.SperretTil);
        Assert.Equal(0, innlogging.Feilforsok);
        Assert.True((await forsok.ReserverAsync("kari", default)).Tillatt);
    }

    [Fact]
    public async Task AnIntegrationGetsFiveTriesThenALockThatDoublesUpToAMinute()
    {
        var feilforsok = new Feilforsok(fil.Feilforsok(), fil.Klokke);
        var id = Guid.NewGuid();

        var forste = new List<TimeSpan?>();
        for (var i = 0; i < Feilforsok.FrieForsok + 1; i++)
        {
            forste.Add(await feilforsok.ReserverAsync(id, default));
        }

        var venter = new List<TimeSpan>();
        for (var i = 0; i < 10; i++)
        {
            fil.Klokke.Advance(forste[^1] ?? TimeSpan.Zero);
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

    public void Dispose() => fil.Dispose();

    private static Innloggingsforsok Innlogging(IFeilforsokStore store, int maksForsok = 5) =>
        new(store, Options.Create(new InnloggingOptions { MaksForsok = maksForsok, SperretidMinutter = (int)Sperretid.TotalMinutes }));
}

using Kjoretoyregister.Server.Forvaltning.Kontoer;
using Kjoretoyregister.Server.Tilgang;
using Microsoft.Extensions.Options;

namespace Kjoretoyregister.Server.Tests.Forvaltning;

/// <summary>
/// A login name's wrong-password count as the account store reads it: an unknown name is counted and
/// locked exactly as a known one, no attempt is lost between server instances on one file, and a new
/// password lifts the lock. (The count's own rules, on both engines: <c>Tilgang/FeilforsokStoreTests</c>.)
/// </summary>
public sealed class InnloggingssperreTests : IDisposable
{
    private const string Hash = "pbkdf2-sha512$1$AA==$AA==";
    private static readonly TimeSpan Sperretid = TimeSpan.FromMinutes(15);

    private readonly Fiksfil fil = new();

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

    public void Dispose() => fil.Dispose();

    private static Innloggingsforsok Innlogging(IFeilforsokStore store, int maksForsok = 5) =>
        new(store, Options.Create(new InnloggingOptions { MaksForsok = maksForsok, SperretidMinutter = (int)Sperretid.TotalMinutes }));
}

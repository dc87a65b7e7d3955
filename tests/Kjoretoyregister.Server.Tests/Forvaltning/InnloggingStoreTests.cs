namespace Kjoretoyregister.Server.Tests.Forvaltning;

/// <summary>Counting failed logins: the lock comes at exactly the limit, and no failure is lost between server instances.</summary>
public sealed class InnloggingStoreTests : IDisposable
{
    private const string Hash = "pbkdf2-sha512$1$AA==$AA==";
    private static readonly TimeSpan Sperretid = TimeSpan.FromMinutes(15);

    private readonly Fiksfil fil = new();

    [Fact]
    public async Task TheAccountIsLockedAtExactlyTheLimitAndTheCountStartsAgain()
    {
        var store = fil.Brukere();
        await store.OpprettAsync("kari", "Kari", Hash, ksAdministrator: false);

        var svar = new List<DateTimeOffset?>();
        for (var i = 0; i < 5; i++)
        {
            svar.Add(await store.RegistrerFeilforsokAsync("kari", 5, Sperretid));
        }

        var innlogging = await store.HentInnloggingAsync("kari");

        Assert.All(svar.Take(4), s => Assert.Null(s));
        Assert.Equal(fil.Klokke.GetUtcNow() + Sperretid, svar[4]);
        Assert.Equal(svar[4], innlogging!.SperretTil);
        Assert.Equal(0, innlogging.Feilforsok);
    }

    [Fact]
    public async Task FailuresBeforeTheLimitAreCountedAndNotLocked()
    {
        var store = fil.Brukere();
        await store.OpprettAsync("kari", "Kari", Hash, ksAdministrator: false);

        await store.RegistrerFeilforsokAsync("kari", 5, Sperretid);
        await store.RegistrerFeilforsokAsync("KARI", 5, Sperretid);

        var innlogging = await store.HentInnloggingAsync("kari");
        Assert.Equal(2, innlogging!.Feilforsok);
        Assert.Null(innlogging.SperretTil);
    }

    [Fact]
    public async Task ASuccessfulLoginResetsTheCountSoTheLimitStartsOver()
    {
        var store = fil.Brukere();
        await store.OpprettAsync("kari", "Kari", Hash, ksAdministrator: false);
        for (var i = 0; i < 4; i++)
        {
            await store.RegistrerFeilforsokAsync("kari", 5, Sperretid);
        }

        await store.RegistrerInnloggingAsync("kari");
        var nesteFeil = await store.RegistrerFeilforsokAsync("kari", 5, Sperretid);

        Assert.Null(nesteFeil);
        Assert.Equal(1, (await store.HentInnloggingAsync("kari"))!.Feilforsok);
    }

    [Fact]
    public async Task AnExpiredLockIsNotReportedAndTheNextLockStartsFromNow()
    {
        var store = fil.Brukere();
        await store.OpprettAsync("kari", "Kari", Hash, ksAdministrator: false);
        await store.RegistrerFeilforsokAsync("kari", 1, Sperretid);
        fil.Klokke.Advance(Sperretid + TimeSpan.FromSeconds(1));

        var etterSperre = await store.RegistrerFeilforsokAsync("kari", 2, Sperretid);
        var nySperre = await store.RegistrerFeilforsokAsync("kari", 2, Sperretid);

        Assert.Null(etterSperre);
        Assert.Equal(fil.Klokke.GetUtcNow() + Sperretid, nySperre);
    }

    [Fact]
    public async Task TwoStoresOnOneFileCountingAtOnceLoseNoFailure()
    {
        await fil.Brukere().OpprettAsync("kari", "Kari", Hash, ksAdministrator: false);
        var server1 = fil.Brukere();
        var server2 = fil.Brukere();

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() =>
            (i % 2 == 0 ? server1 : server2).RegistrerFeilforsokAsync("kari", 100, Sperretid))));

        Assert.Equal(40, (await server1.HentInnloggingAsync("kari"))!.Feilforsok);
    }

    [Fact]
    public async Task TwoStoresReachingTheLimitTogetherLockOnce()
    {
        await fil.Brukere().OpprettAsync("kari", "Kari", Hash, ksAdministrator: false);
        var server1 = fil.Brukere();
        var server2 = fil.Brukere();

        var svar = await Task.WhenAll(Enumerable.Range(0, 5).Select(i => Task.Run(() =>
            (i % 2 == 0 ? server1 : server2).RegistrerFeilforsokAsync("kari", 5, Sperretid))));

        Assert.Single(svar, s => s is not null);
        Assert.NotNull((await server2.HentInnloggingAsync("kari"))!.SperretTil);
    }

    [Fact]
    public async Task AFailureForAnUnknownAccountLocksNothing()
    {
        var store = fil.Brukere();

        var sperret = await store.RegistrerFeilforsokAsync("ukjent", 1, Sperretid);

        Assert.Null(sperret);
    }

    [Fact]
    public async Task ANewPasswordLiftsTheLock()
    {
        var store = fil.Brukere();
        await store.OpprettAsync("kari", "Kari", Hash, ksAdministrator: false);
        await store.RegistrerFeilforsokAsync("kari", 1, Sperretid);

        await store.ByttPassordAsync("kari", "ny-hash");

        var innlogging = await store.HentInnloggingAsync("kari");
        Assert.Null(innlogging!.SperretTil);
        Assert.Equal(0, innlogging.Feilforsok);
    }

    public void Dispose() => fil.Dispose();
}

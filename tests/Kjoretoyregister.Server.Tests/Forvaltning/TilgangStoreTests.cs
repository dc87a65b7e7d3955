using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Server.Forvaltning;

namespace Kjoretoyregister.Server.Tests.Forvaltning;

/// <summary>
/// <see cref="IForvaltningStore.HentTilgangAsync"/>, the authentication chain's read: every change is
/// seen by the next read, by the same store and by another store on the same data (another server: on
/// PostgreSQL, another data source on the same database).
/// </summary>
public abstract class TilgangStoreTests(Lagringsmotor motor) : Fikstester(motor)
{
    [Fact]
    public async Task AccessCarriesTheHashTheAuthorisedNumberAndBothRights()
    {
        var store = lager.Store();
        var integrasjon = await Fiksfil.SokbarIntegrasjonAsync(store, "hash-1");

        var tilgang = await store.HentTilgangAsync(integrasjon.IntegrasjonId);

        Assert.Equal(new IntegrasjonTilgang(integrasjon.IntegrasjonId, integrasjon.FiksOrgId, Fiksfil.Leverandornummer, "hash-1", true, true), tilgang);
    }

    [Fact]
    public async Task AnUnknownIntegrationHasNoAccess()
    {
        var store = lager.Store();
        await Fiksfil.SokbarIntegrasjonAsync(store);

        var tilgang = await store.HentTilgangAsync(Guid.NewGuid());

        Assert.Null(tilgang);
    }

    [Fact]
    public async Task DeactivatingTheOrganisationShowsAtOnceInAnotherStore()
    {
        var server1 = lager.Store();
        var server2 = lager.Store();
        var integrasjon = await Fiksfil.SokbarIntegrasjonAsync(server1);
        var forDeaktivering = await server2.HentTilgangAsync(integrasjon.IntegrasjonId);

        await server1.SettKjoretoyregisterAktivertAsync(integrasjon.FiksOrgId, false);

        Assert.True(forDeaktivering!.TjenesteAktivert);
        Assert.False((await server2.HentTilgangAsync(integrasjon.IntegrasjonId))!.TjenesteAktivert);
        Assert.False((await server1.HentTilgangAsync(integrasjon.IntegrasjonId))!.TjenesteAktivert);
    }

    [Fact]
    public async Task WithdrawingTheRightToSearchShowsAtOnceInAnotherStore()
    {
        var server1 = lager.Store();
        var server2 = lager.Store();
        var integrasjon = await Fiksfil.SokbarIntegrasjonAsync(server1);
        await server2.HentTilgangAsync(integrasjon.IntegrasjonId);

        await server1.SettKanSokeAsync(integrasjon.IntegrasjonId, false);

        Assert.False((await server2.HentTilgangAsync(integrasjon.IntegrasjonId))!.KanSoke);
    }

    [Fact]
    public async Task ANewPasswordHashShowsAtOnceInAnotherStore()
    {
        var server1 = lager.Store();
        var server2 = lager.Store();
        var integrasjon = await Fiksfil.SokbarIntegrasjonAsync(server1, "gammel");
        await server2.HentTilgangAsync(integrasjon.IntegrasjonId);

        var byttet = await server1.ByttPassordhashAsync(integrasjon.IntegrasjonId, "ny");

        Assert.True(byttet);
        Assert.Equal("ny", (await server2.HentTilgangAsync(integrasjon.IntegrasjonId))!.Passordhash);
    }

    [Fact]
    public async Task ADeletedIntegrationLosesAccessAtOnceInAnotherStore()
    {
        var server1 = lager.Store();
        var server2 = lager.Store();
        var integrasjon = await Fiksfil.SokbarIntegrasjonAsync(server1);
        await server2.HentTilgangAsync(integrasjon.IntegrasjonId);

        await server1.SlettIntegrasjonAsync(integrasjon.IntegrasjonId);

        Assert.Null(await server2.HentTilgangAsync(integrasjon.IntegrasjonId));
    }

    [Fact]
    public async Task ManyConcurrentReadsAllGetTheSameAnswer()
    {
        var store = lager.Store();
        var integrasjon = await Fiksfil.SokbarIntegrasjonAsync(store, "hash-1");

        var svar = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(async () => await store.HentTilgangAsync(integrasjon.IntegrasjonId))));

        Assert.All(svar, t => Assert.Equal("hash-1", t!.Passordhash));
    }

    public sealed class Sqlite() : TilgangStoreTests(Lagringsmotor.Sqlite)
    {
        /// <summary>SQLite keeps connections with prepared statements open for this read; disposing the store closes them.</summary>
        [Fact]
        public async Task AReadAfterTheStoreIsDisposedIsRefused()
        {
            var store = (SqliteForvaltningStore)lager.Store();
            var integrasjon = await Fiksfil.SokbarIntegrasjonAsync(store);

            store.Dispose();

            await Assert.ThrowsAsync<ObjectDisposedException>(async () => await store.HentTilgangAsync(integrasjon.IntegrasjonId));
        }
    }

    public sealed class Postgres() : TilgangStoreTests(Lagringsmotor.Postgres);
}

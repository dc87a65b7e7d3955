using Kjoretoyregister.Contracts;
using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Server.Maskinporten;
using Kjoretoyregister.Server.Tests.Tilgang;

namespace Kjoretoyregister.Server.Tests.Maskinporten;

/// <summary>The local issuer's clients on both engines, as every instance on the database reads them.</summary>
public abstract class MaskinportenKlientStoreTests(Lagringsmotor motor) : Tilgangslagertest(motor)
{
    [Fact]
    public async Task SavedClientIsReadBackWithItsKeysAndCertificates()
    {
        var klient = new MaskinportenKlient("klient-a", Organisasjonsnummer.Parse("974760673"), ["ks:fiks", "ks:annet"], ["""{"kty":"RSA","kid":"k1","n":"AQAB","e":"AQAB"}"""], ["MIIB", "MIIC"]);

        await Lager.Klienter().LagreAsync(klient);
        var lest = await Lager.Klienter().HentAsync("klient-a");

        Assert.NotNull(lest);
        Assert.Equal(klient.KlientId, lest.KlientId);
        Assert.Equal(klient.Organisasjonsnummer, lest.Organisasjonsnummer);
        Assert.Equal(klient.Scopes, lest.Scopes);
        Assert.Equal(klient.OffentligeJwks, lest.OffentligeJwks);
        Assert.Equal(klient.Sertifikater, lest.Sertifikater);
    }

    [Fact]
    public async Task SavingAnExistingClientIdReplacesIt()
    {
        var store = Lager.Klienter();
        await store.LagreAsync(new MaskinportenKlient("klient-a", Organisasjonsnummer.Parse("974760673"), ["ks:fiks"], [], []));

        await store.LagreAsync(new MaskinportenKlient("klient-a", Organisasjonsnummer.Parse("889640782"), ["ks:annet"], [], ["MIIB"]));

        var klient = Assert.Single(await store.ListAsync());
        Assert.Equal("889640782", klient.Organisasjonsnummer.Verdi);
        Assert.Equal(["ks:annet"], klient.Scopes);
        Assert.Equal(["MIIB"], klient.Sertifikater);
    }

    [Fact]
    public async Task ClientsAreListedByClientIdInOrdinalOrder()
    {
        var store = Lager.Klienter();
        foreach (var id in new[] { "b-klient", "B-klient", "a-klient" })
        {
            await store.LagreAsync(new MaskinportenKlient(id, Organisasjonsnummer.Parse("974760673"), ["ks:fiks"], [], []));
        }

        var klienter = await store.ListAsync();

        Assert.Equal(["B-klient", "a-klient", "b-klient"], klienter.Select(k => k.KlientId));
    }

    [Fact]
    public async Task UnknownClientIsNull()
    {
        var klient = await Lager.Klienter().HentAsync("finnes-ikke");

        Assert.Null(klient);
    }
}

public sealed class SqliteMaskinportenKlientStoreTests() : MaskinportenKlientStoreTests(Lagringsmotor.Sqlite);

public sealed class PostgresMaskinportenKlientStoreTests() : MaskinportenKlientStoreTests(Lagringsmotor.Postgres);

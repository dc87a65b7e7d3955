using Kjoretoyregister.Contracts;
using Kjoretoyregister.Server.Maskinporten;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Maskinporten;

public sealed class SqliteMaskinportenKlientStoreTests(TomtRegister register) : IClassFixture<TomtRegister>
{
    private readonly ServerFabrikk server = register.Server;

    [Fact]
    public async Task SavedClientIsReadBackWithItsKeysAndCertificates()
    {
        var store = server.Tjeneste<IMaskinportenKlientStore>();
        var klientId = "klient-" + Guid.NewGuid();
        var klient = new MaskinportenKlient(klientId, Organisasjonsnummer.Parse("974760673"), ["ks:fiks", "ks:annet"], ["""{"kty":"RSA","kid":"k1","n":"AQAB","e":"AQAB"}"""], ["MIIB", "MIIC"]);

        await store.LagreAsync(klient);
        var lest = await store.HentAsync(klientId);

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
        var store = server.Tjeneste<IMaskinportenKlientStore>();
        var klientId = "klient-" + Guid.NewGuid();
        await store.LagreAsync(new MaskinportenKlient(klientId, Organisasjonsnummer.Parse("974760673"), ["ks:fiks"], [], []));

        await store.LagreAsync(new MaskinportenKlient(klientId, Organisasjonsnummer.Parse("889640782"), ["ks:annet"], [], ["MIIB"]));

        var klient = Assert.Single(await store.ListAsync(), k => k.KlientId == klientId);
        Assert.Equal("889640782", klient.Organisasjonsnummer.Verdi);
        Assert.Equal(["ks:annet"], klient.Scopes);
        Assert.Equal(["MIIB"], klient.Sertifikater);
    }

    [Fact]
    public async Task UnknownClientIsNull()
    {
        var store = server.Tjeneste<IMaskinportenKlientStore>();

        var klient = await store.HentAsync("finnes-ikke");

        Assert.Null(klient);
    }
}

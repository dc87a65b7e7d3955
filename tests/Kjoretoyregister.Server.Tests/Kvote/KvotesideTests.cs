using System.Net;
using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Server.Forvaltning.Endringer;
using Kjoretoyregister.Server.Kvote;
using Kjoretoyregister.Server.Tests.Forvaltningsweb;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Kvote;

/// <summary>
/// KS's organisation page sets the override: saved on one instance it counts on the other at the next
/// lookup, it is in the change log as done by the KS administrator, and a bad value is a field error naming
/// the field, with nothing saved.
/// </summary>
public sealed class KvotesideTests(Kvoteservere.PaSqlite servere) : IClassFixture<Kvoteservere.PaSqlite>, IDisposable
{
    private readonly Fiksklient fiks = new(servere.A);

    private IForvaltningStore Store => servere.A.Tjeneste<IForvaltningStore>();

    public void Dispose() => fiks.Dispose();

    [Fact]
    public async Task AnOverrideSavedOnKssPageCountsFromTheNextLookupOnTheOtherInstanceAndIsChangeLogged()
    {
        using var fiksB = new Fiksklient(servere.B);
        var kommune = await Kvotekommune.OpprettAsync(Store);
        var integrasjon = await kommune.IntegrasjonAsync(Store, fiks);
        using var helBotte = await integrasjon.PlaterAsync(fiksB, Kvoteservere.IntegrasjonKapasitet);
        using var forSiden = await integrasjon.PlaterAsync(fiksB, 1);
        using var ks = await KsAsync();

        using var lagret = await ks.SendSkjemaAsync($"/forvaltning/ks/organisasjoner/{kommune.FiksOrgId}?handler=Kvote",
            ("integrasjonPerSekund", "500"), ("integrasjonKapasitet", "2000"), ("organisasjonPerSekund", ""), ("organisasjonKapasitet", "4000"));
        using var etterSiden = await integrasjon.PlaterAsync(fiksB, 1);
        var side = await ks.SideAsync($"/forvaltning/ks/organisasjoner/{kommune.FiksOrgId}");

        Assert.Equal(HttpStatusCode.TooManyRequests, forSiden.StatusCode);
        Assert.Equal(HttpStatusCode.Found, lagret.StatusCode);
        Assert.Equal(HttpStatusCode.OK, etterSiden.StatusCode);
        Assert.Equal(new Kvoteoverstyring(500, 2000, null, 4000), (await Store.HentDetaljerAsync(kommune.FiksOrgId))!.Kvote);
        Assert.Equal("2000", Forvaltningsklient.Feltverdi(side, "integrasjonKapasitet"));
        var endring = Assert.Single(await servere.A.Tjeneste<IEndringslogg>().ListAsync(kommune.FiksOrgId, 0, 100), e => e.Handling == "Endret kvoten");
        Assert.Equal(fiks.Demo.KsAdministrator!.Brukernavn, endring.Utfortav);
        Assert.Equal("per integrasjon: 500 per sekund, kapasitet 2000; for organisasjonen: standard per sekund, kapasitet 4000", endring.Detaljer);
    }

    [Theory]
    [InlineData("integrasjonKapasitet", "50", "Kapasitet per integrasjon må være et heltall fra 100")]
    [InlineData("organisasjonPerSekund", "mange", "Oppslag per sekund for organisasjonen må være et heltall")]
    [InlineData("integrasjonPerSekund", "0", "Oppslag per sekund per integrasjon må være et heltall fra 1")]
    public async Task ABadValueIsAFieldErrorNamingTheFieldAndNothingIsSaved(string felt, string verdi, string melding)
    {
        var kommune = await Kvotekommune.OpprettAsync(Store);
        using var ks = await KsAsync();

        using var svar = await ks.SendSkjemaAsync($"/forvaltning/ks/organisasjoner/{kommune.FiksOrgId}?handler=Kvote", (felt, verdi));
        var tekst = await svar.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, svar.StatusCode);
        Assert.StartsWith(melding, Forvaltningsklient.Elementtekst(tekst, felt + "-feil"), StringComparison.Ordinal);
        Assert.Null((await Store.HentDetaljerAsync(kommune.FiksOrgId))!.Kvote);
    }

    private async Task<Forvaltningsklient> KsAsync()
    {
        var klient = new Forvaltningsklient(servere.A);
        await klient.InnloggetAsync(fiks.Demo.KsAdministrator!.Brukernavn, fiks.Demo.KsAdministrator.Passord);
        return klient;
    }
}

using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Contracts;
using Kjoretoyregister.Server.Forvaltning;

namespace Kjoretoyregister.Server.Tests.Forvaltning;

/// <summary>The first-login wizard's and Innstillinger's data: the kommune's name and where invoices go.</summary>
public abstract class DetaljerStoreTests(Lagringsmotor motor) : Fikstester(motor)
{
    private static readonly Fakturering Faktura = new("Postboks 1, 1300 Sandvika", "Ordre 4711", Fiksfil.Kommunenummer);

    [Fact]
    public async Task DetailsAreReadBackByAnotherStoreWithTheNewName()
    {
        var organisasjon = await lager.Store().OpprettOrganisasjonAsync("Testkommune", Fiksfil.Kommunenummer);
        lager.Klokke.Advance(TimeSpan.FromMinutes(3));

        var lagret = await lager.Store().SettDetaljerAsync(organisasjon.FiksOrgId, "  Bærum kommune ", Faktura);
        var detaljer = await lager.Store().HentDetaljerAsync(organisasjon.FiksOrgId);

        Assert.True(lagret);
        Assert.Equal(Faktura, detaljer!.Fakturering);
        Assert.Equal("Bærum kommune", detaljer.Organisasjon.Navn);
        Assert.Equal(organisasjon.Opprettet.AddMinutes(3), detaljer.Organisasjon.Endret);
    }

    [Fact]
    public async Task AnEmptyReferenceIsStoredAsNoneAndTheEhfNumberMayDifferFromTheOrganisations()
    {
        var store = lager.Store();
        var organisasjon = await store.OpprettOrganisasjonAsync("Testkommune", Fiksfil.Kommunenummer);

        await store.SettDetaljerAsync(organisasjon.FiksOrgId, "Testkommune", new Fakturering(" Rådhuset \n 1300 Sandvika ", "   ", Fiksfil.Leverandornummer));

        Assert.Equal(new Fakturering("Rådhuset \n 1300 Sandvika", null, Fiksfil.Leverandornummer), (await store.HentDetaljerAsync(organisasjon.FiksOrgId))!.Fakturering);
    }

    [Fact]
    public async Task SavingTheSameDetailsAgainDoesNotMoveEndret()
    {
        var store = lager.Store();
        var organisasjon = await store.OpprettOrganisasjonAsync("Testkommune", Fiksfil.Kommunenummer);
        await store.SettDetaljerAsync(organisasjon.FiksOrgId, "Testkommune", Faktura);
        lager.Klokke.Advance(TimeSpan.FromMinutes(1));

        await store.SettDetaljerAsync(organisasjon.FiksOrgId, "Testkommune", Faktura);

        Assert.Equal(organisasjon.Opprettet, (await store.HentOrganisasjonAsync(organisasjon.FiksOrgId))!.Endret);
    }

    [Fact]
    public async Task DetailsOfAnUnknownOrganisationAreFalse()
    {
        var store = lager.Store();

        var lagret = await store.SettDetaljerAsync(Guid.NewGuid(), "Testkommune", Faktura);

        Assert.False(lagret);
    }

    [Theory]
    [InlineData("navn", "Kommunenavn mangler.")]
    [InlineData("langt navn", "Kommunenavn er for langt: 201 tegn, høyst 200 er tillatt.")]
    [InlineData("adresse", "Fakturaadresse mangler.")]
    [InlineData("lang adresse", "Fakturaadresse er for lang: 501 tegn, høyst 500 er tillatt.")]
    [InlineData("lang referanse", "Fakturareferanse er for lang: 201 tegn, høyst 200 er tillatt.")]
    [InlineData("ehf", "Organisasjonsnummer for EHF-faktura mangler.")]
    public async Task ABadFieldIsRefusedNamingItAndNothingIsStored(string felt, string melding)
    {
        var store = lager.Store();
        var organisasjon = await store.OpprettOrganisasjonAsync("Testkommune", Fiksfil.Kommunenummer);
        var navn = felt switch { "navn" => " ", "langt navn" => new string('x', 201), _ => "Nytt navn" };
        var fakturering = felt switch
        {
            "adresse" => Faktura with { Adresse = "" },
            "lang adresse" => Faktura with { Adresse = new string('x', 501) },
            "lang referanse" => Faktura with { Referanse = new string('x', 201) },
            "ehf" => Faktura with { EhfOrganisasjonsnummer = default },
            _ => Faktura,
        };

        var feil = await Assert.ThrowsAsync<ForvaltningException>(() => store.SettDetaljerAsync(organisasjon.FiksOrgId, navn, fakturering));

        Assert.Equal(melding, feil.Message);
        var detaljer = await store.HentDetaljerAsync(organisasjon.FiksOrgId);
        Assert.Equal("Testkommune", detaljer!.Organisasjon.Navn);
        Assert.Null(detaljer.Fakturering);
    }

    [Fact]
    public async Task TheLongestAllowedFieldsAreAccepted()
    {
        var store = lager.Store();
        var organisasjon = await store.OpprettOrganisasjonAsync("Testkommune", Fiksfil.Kommunenummer);
        var lengst = new Fakturering(new string('a', 500), new string('r', 200), Organisasjonsnummer.Parse("889640782"));

        await store.SettDetaljerAsync(organisasjon.FiksOrgId, new string('n', 200), lengst);

        Assert.Equal(lengst, (await store.HentDetaljerAsync(organisasjon.FiksOrgId))!.Fakturering);
    }

    public sealed class Sqlite() : DetaljerStoreTests(Lagringsmotor.Sqlite);

    public sealed class Postgres() : DetaljerStoreTests(Lagringsmotor.Postgres);
}

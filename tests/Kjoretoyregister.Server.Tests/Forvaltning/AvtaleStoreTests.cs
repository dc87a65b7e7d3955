using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Server.Forvaltning;

namespace Kjoretoyregister.Server.Tests.Forvaltning;

/// <summary>The two agreements and the rule that the service is active only while both are recorded as signed.</summary>
public abstract class AvtaleStoreTests(Lagringsmotor motor) : Fikstester(motor)
{
    private const string Hovedavtalen = "Hovedavtalen";
    private const string Tjenestevedlegget = "Tjenestevedlegget for Fiks kjøretøyregister";

    [Fact]
    public async Task ANewOrganisationHasNoAgreementsAndNoInvoicingDetails()
    {
        var store = lager.Store();
        var organisasjon = await store.OpprettOrganisasjonAsync("Testkommune", Fiksfil.Kommunenummer);

        var detaljer = await store.HentDetaljerAsync(organisasjon.FiksOrgId);

        Assert.Equal(organisasjon, detaljer!.Organisasjon);
        Assert.Equal(Avtaler.Ingen, detaljer.Avtaler);
        Assert.Null(detaljer.Fakturering);
    }

    [Fact]
    public async Task RecordedAgreementsAreReadBackByAnotherStore()
    {
        var organisasjon = await lager.Store().OpprettOrganisasjonAsync("Testkommune", Fiksfil.Kommunenummer);

        var lagret = await lager.Store().SettAvtalerAsync(organisasjon.FiksOrgId, new Avtaler(new DateOnly(2024, 12, 31), null));
        var detaljer = await lager.Store().HentDetaljerAsync(organisasjon.FiksOrgId);

        Assert.True(lagret);
        Assert.Equal(new Avtaler(new DateOnly(2024, 12, 31), null), detaljer!.Avtaler);
        Assert.Equal(["2024-12-31"], await lager.TeksterAsync("SELECT CAST(hovedavtale_signert AS TEXT) FROM organisasjon"));
    }

    [Theory]
    [InlineData(false, false, "Hovedavtalen og Tjenestevedlegget for Fiks kjøretøyregister")]
    [InlineData(true, false, Tjenestevedlegget)]
    [InlineData(false, true, Hovedavtalen)]
    public async Task ActivationWithoutBothAgreementsIsRefusedNamingTheMissingOnes(bool hovedavtale, bool tjenestevedlegg, string mangler)
    {
        var store = lager.Store();
        var organisasjon = await store.OpprettOrganisasjonAsync("Testkommune", Fiksfil.Kommunenummer);
        await store.SettAvtalerAsync(organisasjon.FiksOrgId, new Avtaler(
            hovedavtale ? Fiksfil.Signert.Hovedavtale : null, tjenestevedlegg ? Fiksfil.Signert.Tjenestevedlegg : null));

        var feil = await Assert.ThrowsAsync<ForvaltningException>(() => store.SettKjoretoyregisterAktivertAsync(organisasjon.FiksOrgId, true));

        Assert.Equal($"Kjøretøyregister-tjenesten kan ikke aktiveres før {mangler} er registrert som signert.", feil.Message);
        Assert.False((await store.HentOrganisasjonAsync(organisasjon.FiksOrgId))!.KjoretoyregisterAktivert);
    }

    [Fact]
    public async Task ActivationWithBothAgreementsSucceeds()
    {
        var store = lager.Store();
        var organisasjon = await store.OpprettOrganisasjonAsync("Testkommune", Fiksfil.Kommunenummer);
        await store.SettAvtalerAsync(organisasjon.FiksOrgId, Fiksfil.Signert);

        var aktivert = await store.SettKjoretoyregisterAktivertAsync(organisasjon.FiksOrgId, true);

        Assert.True(aktivert);
        Assert.True((await store.HentOrganisasjonAsync(organisasjon.FiksOrgId))!.KjoretoyregisterAktivert);
    }

    [Fact]
    public async Task DeactivationNeedsNoAgreements()
    {
        var store = lager.Store();
        var organisasjon = await store.OpprettOrganisasjonAsync("Testkommune", Fiksfil.Kommunenummer);

        var deaktivert = await store.SettKjoretoyregisterAktivertAsync(organisasjon.FiksOrgId, false);

        Assert.True(deaktivert);
    }

    [Theory]
    [InlineData(true, false, Hovedavtalen)]
    [InlineData(false, true, Tjenestevedlegget)]
    [InlineData(true, true, "Hovedavtalen og Tjenestevedlegget for Fiks kjøretøyregister")]
    public async Task WithdrawingAnAgreementWhileActivatedIsRefusedAndBothAreKept(bool fjernHovedavtale, bool fjernVedlegg, string navn)
    {
        var store = lager.Store();
        var organisasjon = await Fiksfil.AktivOrganisasjonAsync(store);
        var nye = new Avtaler(fjernHovedavtale ? null : Fiksfil.Signert.Hovedavtale, fjernVedlegg ? null : Fiksfil.Signert.Tjenestevedlegg);

        var feil = await Assert.ThrowsAsync<ForvaltningException>(() => lager.Store().SettAvtalerAsync(organisasjon.FiksOrgId, nye));

        Assert.Equal($"{navn} kan ikke fjernes mens kjøretøyregister-tjenesten er aktivert. Deaktiver tjenesten først.", feil.Message);
        Assert.Equal(Fiksfil.Signert, (await store.HentDetaljerAsync(organisasjon.FiksOrgId))!.Avtaler);
    }

    [Fact]
    public async Task ChangingTheDatesWhileActivatedIsAllowed()
    {
        var store = lager.Store();
        var organisasjon = await Fiksfil.AktivOrganisasjonAsync(store);
        var rettet = new Avtaler(new DateOnly(2025, 1, 10), new DateOnly(2025, 1, 11));

        var lagret = await store.SettAvtalerAsync(organisasjon.FiksOrgId, rettet);

        Assert.True(lagret);
        Assert.Equal(rettet, (await store.HentDetaljerAsync(organisasjon.FiksOrgId))!.Avtaler);
    }

    [Fact]
    public async Task AfterDeactivationAnAgreementCanBeWithdrawnAndActivationIsRefusedAgain()
    {
        var store = lager.Store();
        var organisasjon = await Fiksfil.AktivOrganisasjonAsync(store);
        await store.SettKjoretoyregisterAktivertAsync(organisasjon.FiksOrgId, false);

        var trukket = await store.SettAvtalerAsync(organisasjon.FiksOrgId, Fiksfil.Signert with { Tjenestevedlegg = null });
        var feil = await Assert.ThrowsAsync<ForvaltningException>(() => store.SettKjoretoyregisterAktivertAsync(organisasjon.FiksOrgId, true));

        Assert.True(trukket);
        Assert.Contains(Tjenestevedlegget, feil.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Hovedavtalen, feil.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AgreementsOfAnUnknownOrganisationAreFalseAndItsDetailsNull()
    {
        var store = lager.Store();

        var lagret = await store.SettAvtalerAsync(Guid.NewGuid(), Fiksfil.Signert);
        var detaljer = await store.HentDetaljerAsync(Guid.NewGuid());

        Assert.False(lagret);
        Assert.Null(detaljer);
    }

    [Fact]
    public async Task RecordingAgreementsMovesEndretOnlyWhenTheyChange()
    {
        var store = lager.Store();
        var organisasjon = await store.OpprettOrganisasjonAsync("Testkommune", Fiksfil.Kommunenummer);
        lager.Klokke.Advance(TimeSpan.FromMinutes(1));
        await store.SettAvtalerAsync(organisasjon.FiksOrgId, Fiksfil.Signert);
        lager.Klokke.Advance(TimeSpan.FromMinutes(1));

        await store.SettAvtalerAsync(organisasjon.FiksOrgId, Fiksfil.Signert);

        Assert.Equal(organisasjon.Opprettet.AddMinutes(1), (await store.HentOrganisasjonAsync(organisasjon.FiksOrgId))!.Endret);
    }

    public sealed class Sqlite() : AvtaleStoreTests(Lagringsmotor.Sqlite);

    public sealed class Postgres() : AvtaleStoreTests(Lagringsmotor.Postgres);
}

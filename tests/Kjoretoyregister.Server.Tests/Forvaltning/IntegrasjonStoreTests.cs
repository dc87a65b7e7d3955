using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Server.Forvaltning;

namespace Kjoretoyregister.Server.Tests.Forvaltning;

public abstract class IntegrasjonStoreTests(Lagringsmotor motor) : Fikstester(motor)
{
    [Fact]
    public async Task ACreatedIntegrationIsReadBackWithoutItsPassword()
    {
        var store = lager.Store();
        var organisasjon = await store.OpprettOrganisasjonAsync("Testkommune", Fiksfil.Kommunenummer);

        var opprettet = await store.OpprettIntegrasjonAsync(
            new NyIntegrasjon(organisasjon.FiksOrgId, "Fagsystem", Fiksfil.Leverandornummer, "Parkering"), "hash");
        var hentet = await store.HentIntegrasjonAsync(opprettet.IntegrasjonId);

        Assert.Equal(opprettet, hentet);
        Assert.Equal(organisasjon.FiksOrgId, hentet!.FiksOrgId);
        Assert.Equal("889640782", hentet.AutorisertOrganisasjonsnummer.ToString());
        Assert.Equal("Parkering", hentet.Beskrivelse);
        Assert.False(hentet.KanSoke);
    }

    [Fact]
    public async Task AnEmptyDescriptionIsStoredAsNone()
    {
        var store = lager.Store();
        var organisasjon = await store.OpprettOrganisasjonAsync("Testkommune", Fiksfil.Kommunenummer);

        var opprettet = await store.OpprettIntegrasjonAsync(new NyIntegrasjon(organisasjon.FiksOrgId, "Fagsystem", Fiksfil.Leverandornummer, " "), "hash");

        Assert.Null((await store.HentIntegrasjonAsync(opprettet.IntegrasjonId))!.Beskrivelse);
    }

    [Fact]
    public async Task IntegrationsAreListedForTheirOwnOrganisationOnly()
    {
        var store = lager.Store();
        var forste = await store.OpprettOrganisasjonAsync("Asker kommune", Fiksfil.Kommunenummer);
        var andre = await store.OpprettOrganisasjonAsync("Bergen kommune", Testdata.Unike.Orgnr());
        await store.OpprettIntegrasjonAsync(new NyIntegrasjon(forste.FiksOrgId, "Parkering", Fiksfil.Leverandornummer, null), "hash");
        await store.OpprettIntegrasjonAsync(new NyIntegrasjon(forste.FiksOrgId, "Byggesak", Fiksfil.Leverandornummer, null), "hash");
        await store.OpprettIntegrasjonAsync(new NyIntegrasjon(andre.FiksOrgId, "Skatt", Fiksfil.Leverandornummer, null), "hash");

        var liste = await store.ListIntegrasjonerAsync(forste.FiksOrgId);

        Assert.Equal(["Byggesak", "Parkering"], liste.Select(i => i.Navn));
    }

    [Fact]
    public async Task AnIntegrationForAnUnknownOrganisationIsRefusedInNorwegian()
    {
        var store = lager.Store();
        var ukjent = Guid.NewGuid();

        var feil = await Assert.ThrowsAsync<ForvaltningException>(() =>
            store.OpprettIntegrasjonAsync(new NyIntegrasjon(ukjent, "Fagsystem", Fiksfil.Leverandornummer, null), "hash"));

        Assert.Equal($"Fiks-organisasjonen {ukjent} finnes ikke.", feil.Message);
    }

    [Fact]
    public async Task ADuplicateIntegrationIdIsRefused()
    {
        var store = lager.Store();
        var integrasjon = await Fiksfil.SokbarIntegrasjonAsync(store);

        var feil = await Assert.ThrowsAsync<ForvaltningException>(() => store.OpprettIntegrasjonAsync(
            new NyIntegrasjon(integrasjon.FiksOrgId, "Annen", Fiksfil.Leverandornummer, null), "hash", integrasjon.IntegrasjonId));

        Assert.Contains("allerede i bruk", feil.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOverLongIntegrationNameIsRefusedNamingTheField()
    {
        var store = lager.Store();
        var organisasjon = await store.OpprettOrganisasjonAsync("Testkommune", Fiksfil.Kommunenummer);

        var feil = await Assert.ThrowsAsync<ForvaltningException>(() =>
            store.OpprettIntegrasjonAsync(new NyIntegrasjon(organisasjon.FiksOrgId, new string('x', 201), Fiksfil.Leverandornummer, null), "hash"));

        Assert.StartsWith("Navn", feil.Message, StringComparison.Ordinal);
        Assert.Empty(await store.ListIntegrasjonerAsync(organisasjon.FiksOrgId));
    }

    [Fact]
    public async Task GrantingTheRightToSearchMovesEndretOnlyWhenItChanges()
    {
        var store = lager.Store();
        var organisasjon = await store.OpprettOrganisasjonAsync("Testkommune", Fiksfil.Kommunenummer);
        var integrasjon = await store.OpprettIntegrasjonAsync(new NyIntegrasjon(organisasjon.FiksOrgId, "Fagsystem", Fiksfil.Leverandornummer, null), "hash");
        lager.Klokke.Advance(TimeSpan.FromMinutes(1));

        await store.SettKanSokeAsync(integrasjon.IntegrasjonId, true);
        lager.Klokke.Advance(TimeSpan.FromMinutes(1));
        var igjen = await store.SettKanSokeAsync(integrasjon.IntegrasjonId, true);

        var etter = await store.HentIntegrasjonAsync(integrasjon.IntegrasjonId);
        Assert.True(igjen);
        Assert.True(etter!.KanSoke);
        Assert.Equal(integrasjon.Opprettet.AddMinutes(1), etter.Endret);
    }

    [Fact]
    public async Task ChangesToAnUnknownIntegrationAreFalse()
    {
        var store = lager.Store();
        var ukjent = Guid.NewGuid();

        var kanSoke = await store.SettKanSokeAsync(ukjent, true);
        var passord = await store.ByttPassordhashAsync(ukjent, "hash");
        var slettet = await store.SlettIntegrasjonAsync(ukjent);

        Assert.False(kanSoke);
        Assert.False(passord);
        Assert.False(slettet);
    }

    [Fact]
    public async Task ADeletedIntegrationIsGone()
    {
        var store = lager.Store();
        var integrasjon = await Fiksfil.SokbarIntegrasjonAsync(store);

        var slettet = await store.SlettIntegrasjonAsync(integrasjon.IntegrasjonId);

        Assert.True(slettet);
        Assert.Null(await store.HentIntegrasjonAsync(integrasjon.IntegrasjonId));
        Assert.Empty(await store.ListIntegrasjonerAsync(integrasjon.FiksOrgId));
    }

    public sealed class Sqlite() : IntegrasjonStoreTests(Lagringsmotor.Sqlite);

    public sealed class Postgres() : IntegrasjonStoreTests(Lagringsmotor.Postgres);
}

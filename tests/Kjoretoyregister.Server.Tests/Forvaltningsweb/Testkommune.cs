using Kjoretoyregister.Contracts;
using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Server.Forvaltning.Kontoer;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Forvaltningsweb;

/// <summary>
/// A kommune of a test's own, made through the server's stores: both agreements signed, the wizard's
/// details filled in, the service activated, one lokal administrator with a password of the test's own,
/// and one integration that may not search yet. Names and usernames are unique, so tests sharing a
/// server never see one another's kommune.
/// </summary>
internal sealed record Testkommune(Organisasjon Organisasjon, string Brukernavn, string Passord, Integrasjon Integrasjon)
{
    public static readonly Organisasjonsnummer Kommunenummer = Organisasjonsnummer.Parse("921627009");

    public static readonly Organisasjonsnummer Leverandornummer = Organisasjonsnummer.Parse("889640782");

    public Guid FiksOrgId => Organisasjon.FiksOrgId;

    public Guid IntegrasjonId => Integrasjon.IntegrasjonId;

    /// <summary>The page of the kommune's integration.</summary>
    public string IntegrasjonSti => $"/forvaltning/{FiksOrgId}/integrasjoner/{IntegrasjonId}";

    public static async Task<Testkommune> OpprettAsync(ServerFabrikk server, string navn = "Testkommune")
    {
        var store = server.Tjeneste<IForvaltningStore>();
        var brukere = server.Tjeneste<IBrukerStore>();
        var unik = Guid.NewGuid().ToString("N");
        var organisasjon = await store.OpprettOrganisasjonAsync($"{navn} {unik[..8]}", Unike.Orgnr());
        await store.SettAvtalerAsync(organisasjon.FiksOrgId, new Avtaler(new DateOnly(2025, 1, 15), new DateOnly(2025, 2, 3)));
        await store.SettDetaljerAsync(organisasjon.FiksOrgId, organisasjon.Navn, new Fakturering("Postboks 1, 0001 Oslo", "Testreferanse", Kommunenummer));
        await store.SettKjoretoyregisterAktivertAsync(organisasjon.FiksOrgId, true);

        var brukernavn = $"admin-{unik}";
        var passord = $"Testpassord-{Guid.NewGuid():N}";
        await brukere.OpprettAsync(brukernavn, "Test Administrator", Integrasjonspassord.Hash(passord), ksAdministrator: false);
        Assert.True(await brukere.GiAdministratorAsync(brukernavn, organisasjon.FiksOrgId));

        var integrasjon = await store.OpprettIntegrasjonAsync(
            new NyIntegrasjon(organisasjon.FiksOrgId, "Fagsystem", Leverandornummer, null, KanSoke: false),
            Integrasjonspassord.Hash(Integrasjonspassord.Generer()));
        return new Testkommune((await store.HentOrganisasjonAsync(organisasjon.FiksOrgId))!, brukernavn, passord, integrasjon);
    }

    /// <summary>A client logged in as the kommune's lokal administrator.</summary>
    public async Task<Forvaltningsklient> InnloggetKlientAsync(ServerFabrikk server)
    {
        var klient = new Forvaltningsklient(server);
        await klient.InnloggetAsync(Brukernavn, Passord);
        return klient;
    }
}

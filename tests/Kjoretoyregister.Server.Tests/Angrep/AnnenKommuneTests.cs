using System.Net;
using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Server.Forvaltning.Endringer;
using Kjoretoyregister.Server.Forvaltning.Kontoer;
using Kjoretoyregister.Server.Forvaltning.Sider.Organisasjoner;
using Kjoretoyregister.Server.Tests.Forvaltningsweb;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Angrep;

/// <summary>
/// A municipality's administrator reaching for another's data through "Lag ny integrasjon": the id is made
/// by the server and protected for the organisation and the account, so an id chosen by the client (another
/// kommune's integration, an unknown one, a value made for another organisation) is a form error, never a
/// 500 and never an answer that tells whether the id exists elsewhere; nothing is created or changed.
/// </summary>
public abstract class AnnenKommuneTests(ServerFabrikk server)
{
    public sealed class PaSqlite(TomtRegister fixture) : AnnenKommuneTests(fixture.Server), IClassFixture<TomtRegister>;

    public sealed class PaPostgres(TomtRegisterPaPostgres fixture) : AnnenKommuneTests(fixture.Server), IClassFixture<TomtRegisterPaPostgres>;

    private ServerFabrikk Server => server;

    private static (string, string)[] Felt => [("navn", "Innbrudd"), ("organisasjonsnummer", Testkommune.Leverandornummer.Verdi), ("beskrivelse", "")];

    [Fact]
    public async Task AnIdChosenByTheClientIsAFormErrorWhetherItExistsElsewhereOrNot()
    {
        var a = await Testkommune.OpprettAsync(Server, "Kommune A");
        var b = await Testkommune.OpprettAsync(Server, "Kommune B");
        using var klient = await b.InnloggetKlientAsync(Server);
        var endringerFor = await EndringerAsync(b.FiksOrgId);
        var integrasjonerFor = await Server.Tjeneste<IForvaltningStore>().ListIntegrasjonerAsync(b.FiksOrgId);

        var svar = new List<(HttpStatusCode Status, IReadOnlyList<string> Feil)>();
        foreach (var valgt in new[] { a.IntegrasjonId.ToString(), Guid.NewGuid().ToString(), "", "ikke-beskyttet" })
        {
            using var lagre = await klient.SendSkjemaAsync(LagreSti(b), [.. Felt, ("integrasjonsnokkel", valgt), ("integrasjonId", valgt)]);
            svar.Add((lagre.StatusCode, Forvaltningsklient.Feilmeldinger(await lagre.Content.ReadAsStringAsync())));
        }

        Assert.All(svar, s =>
        {
            Assert.Equal(HttpStatusCode.OK, s.Status);
            Assert.Equal([NyIntegrasjonModel.UtloptMelding], s.Feil);
        });
        Assert.Equal(integrasjonerFor, await Server.Tjeneste<IForvaltningStore>().ListIntegrasjonerAsync(b.FiksOrgId));
        Assert.Equal(a.Integrasjon, await Server.Tjeneste<IForvaltningStore>().HentIntegrasjonAsync(a.IntegrasjonId));
        Assert.Equal(endringerFor, await EndringerAsync(b.FiksOrgId));
    }

    [Fact]
    public async Task AProtectedIdMadeForAnotherOrganisationIsRefusedThere()
    {
        var a = await Testkommune.OpprettAsync(Server, "Kommune A");
        var b = await Testkommune.OpprettAsync(Server, "Kommune B");
        Assert.True(await Server.Tjeneste<IBrukerStore>().GiAdministratorAsync(b.Brukernavn, a.FiksOrgId));
        using var klient = await b.InnloggetKlientAsync(Server);
        using var videre = await klient.SendSkjemaAsync(NySti(a) + "?handler=GaVidere", Felt);
        var laget = Forvaltningsklient.Feltverdi(await videre.Content.ReadAsStringAsync(), "integrasjonsnokkel")!;

        using var lagre = await klient.SendSkjemaAsync(LagreSti(b), [.. Felt, ("integrasjonsnokkel", laget)]);

        Assert.Equal(HttpStatusCode.OK, lagre.StatusCode);
        Assert.Equal([NyIntegrasjonModel.UtloptMelding], Forvaltningsklient.Feilmeldinger(await lagre.Content.ReadAsStringAsync()));
        Assert.Single(await Server.Tjeneste<IForvaltningStore>().ListIntegrasjonerAsync(b.FiksOrgId));
        Assert.Single(await Server.Tjeneste<IForvaltningStore>().ListIntegrasjonerAsync(a.FiksOrgId));
    }

    [Fact]
    public async Task TheFormSentTwiceCreatesOneIntegration()
    {
        var b = await Testkommune.OpprettAsync(Server, "Kommune B");
        using var klient = await b.InnloggetKlientAsync(Server);
        using var videre = await klient.SendSkjemaAsync(NySti(b) + "?handler=GaVidere", Felt);
        var nokkel = Forvaltningsklient.Feltverdi(await videre.Content.ReadAsStringAsync(), "integrasjonsnokkel")!;

        using var forste = await klient.SendSkjemaAsync(LagreSti(b), [.. Felt, ("integrasjonsnokkel", nokkel)]);
        using var andre = await klient.SendSkjemaAsync(LagreSti(b), [.. Felt, ("integrasjonsnokkel", nokkel)]);

        Assert.Equal(HttpStatusCode.OK, forste.StatusCode);
        Assert.Equal(HttpStatusCode.Found, andre.StatusCode);
        Assert.Equal(2, (await Server.Tjeneste<IForvaltningStore>().ListIntegrasjonerAsync(b.FiksOrgId)).Count);
    }

    private static string NySti(Testkommune kommune) => $"/forvaltning/{kommune.FiksOrgId}/fiks-konfigurasjon/kjoretoyregister/ny-integrasjon";

    private static string LagreSti(Testkommune kommune) => NySti(kommune) + "?handler=Lagre";

    private Task<long> EndringerAsync(Guid fiksOrgId) => Server.Tjeneste<IEndringslogg>().TellAsync(fiksOrgId);
}

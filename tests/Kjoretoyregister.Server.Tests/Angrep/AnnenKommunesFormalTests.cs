using System.Net;
using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Server.Forvaltning.Endringer;
using Kjoretoyregister.Server.Tests.Forvaltningsweb;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Angrep;

/// <summary>
/// A lokal administrator of kommune B reaching for kommune A's formål catalogue and A's integration's
/// "Formål påkrevd", with his own valid antiforgery value: every post is 403 (the organisation in the URL
/// is not his) or 404 (A's integration under his own organisation), nothing changes and no entry is written.
/// Switching A's requirement off would let A's vendor look up without a purpose; adding a code to A's
/// catalogue would let it give any purpose it likes.
/// </summary>
public abstract class AnnenKommunesFormalTests(ServerFabrikk server)
{
    public sealed class PaSqlite(TomtRegister fixture) : AnnenKommunesFormalTests(fixture.Server), IClassFixture<TomtRegister>;

    public sealed class PaPostgres(TomtRegisterPaPostgres fixture) : AnnenKommunesFormalTests(fixture.Server), IClassFixture<TomtRegisterPaPostgres>;

    [Fact]
    public async Task AnotherKommunesAdministratorCannotChangeItsCatalogueOrItsRequirement()
    {
        var store = server.Tjeneste<IForvaltningStore>();
        var a = await Testkommune.OpprettAsync(server, "Kommune A");
        var b = await Testkommune.OpprettAsync(server, "Kommune B");
        await store.SettFormalPakrevdAsync(a.IntegrasjonId, true);
        var katalogFor = await store.ListFormalAsync(a.FiksOrgId);
        var endringerFor = await server.Tjeneste<IEndringslogg>().TellAsync(a.FiksOrgId);
        using var klient = await b.InnloggetKlientAsync(server);
        var nokkel = await klient.SkjemanokkelAsync();
        var formal = $"/forvaltning/{a.FiksOrgId}/formal";
        var blandet = $"/forvaltning/{b.FiksOrgId}/integrasjoner/{a.IntegrasjonId}";

        var svar = new List<(string Hva, HttpStatusCode Status, HttpStatusCode Forventet)>();
        foreach (var (sti, felt, forventet) in new (string, (string, string)[], HttpStatusCode)[]
        {
            ($"{formal}?handler=LeggTil", [("kode", "INNBRUDD"), ("beskrivelse", "Hva som helst")], HttpStatusCode.Forbidden),
            ($"{formal}?handler=Endre", [("kode", "ANNET"), ("beskrivelse", "Kapret")], HttpStatusCode.Forbidden),
            ($"{formal}?handler=Fjern", [("kode", "PARKERINGSGEBYR")], HttpStatusCode.Forbidden),
            ($"{a.IntegrasjonSti}?handler=Formal", [], HttpStatusCode.Forbidden),
            ($"{blandet}?handler=Formal", [], HttpStatusCode.NotFound),
        })
        {
            using var post = await klient.PostAsync(sti, nokkel, felt);
            svar.Add((sti, post.StatusCode, forventet));
        }

        Assert.All(svar, s => Assert.True(s.Status == s.Forventet, $"POST {s.Hva}: {(int)s.Status}, forventet {(int)s.Forventet}"));
        Assert.Equal(katalogFor, await store.ListFormalAsync(a.FiksOrgId));
        Assert.True((await store.HentIntegrasjonAsync(a.IntegrasjonId))!.FormalPakrevd);
        Assert.Equal(endringerFor, await server.Tjeneste<IEndringslogg>().TellAsync(a.FiksOrgId));
    }
}

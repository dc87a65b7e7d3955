using Kjoretoyregister.Contracts;
using Kjoretoyregister.Register.Tests.Testdata;
using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Server.Forvaltning.Kontoer;

namespace Kjoretoyregister.Server.Tests.Nettleser;

public sealed partial class ForvaltningReiseTests
{
    /// <summary>
    /// 10. The lokal administrator of another kommune, logged in: the first kommune's pages are 403, its
    /// integration under their own kommune's address is 404, and a POST to its Tilganger with their own
    /// valid antiforgery token is 403 and changes nothing.
    /// </summary>
    private async Task EnAnnenKommunesAdministratorKanVerkenSeEllerEndreIntegrasjonenAsync()
    {
        var store = server.Tjeneste<IForvaltningStore>();
        var brukere = server.Tjeneste<IBrukerStore>();
        var nabo = await store.OpprettOrganisasjonAsync("Nabokommune", Organisasjonsnummer.Parse(Syntetiske.Orgnr(1001)));
        await store.SettDetaljerAsync(nabo.FiksOrgId, "Nabokommune", new Fakturering("Postboks 2\n4321 Naboby", null, nabo.Organisasjonsnummer));
        var naboPassord = Integrasjonspassord.Generer();
        await brukere.OpprettAsync("nabo.admin", "Nils Nabo", Integrasjonspassord.Hash(naboPassord), ksAdministrator: false);
        await brukere.GiAdministratorAsync("nabo.admin", nabo.FiksOrgId);
        var integrasjonenFor = await store.HentIntegrasjonAsync(integrasjonId);
        var side = await Forvaltningsside.ApneAsync(nettleser, server.Adresse);
        await side.LoggInnAsync("nabo.admin", naboPassord, "Nabokommune");
        var egetSkjema = await side.Side.Locator("input[name=__skjemanokkel]").First.InputValueAsync();

        var integrasjonen = await side.GaTilAsync($"/forvaltning/{fiksOrgId}/integrasjoner/{integrasjonId}");
        var integrasjonensOverskrift = await side.Overskrift.InnerTextAsync();
        var oppslagsloggen = await side.GaTilAsync($"/forvaltning/{fiksOrgId}/oppslagslogg");
        var oppslagsloggensOverskrift = await side.Overskrift.InnerTextAsync();
        var underEgenKommune = await side.GaTilAsync($"/forvaltning/{nabo.FiksOrgId}/integrasjoner/{integrasjonId}");
        var underEgenKommuneOverskrift = await side.Overskrift.InnerTextAsync();
        var endreTilganger = await side.Side.EvaluateAsync<int>(
            """
            async ([adresse, nokkel]) => {
                const svar = await fetch(adresse, { method: "POST", redirect: "manual", body: new URLSearchParams({ kanSoke: "false", __skjemanokkel: nokkel }) });
                return svar.status;
            }
            """,
            new[] { $"/forvaltning/{fiksOrgId}/integrasjoner/{integrasjonId}?handler=Tilganger", egetSkjema });

        Assert.Equal((403, "Ingen tilgang"), (integrasjonen!.Status, integrasjonensOverskrift));
        Assert.Equal((403, "Ingen tilgang"), (oppslagsloggen!.Status, oppslagsloggensOverskrift));
        Assert.Equal((404, "Fant ikke siden"), (underEgenKommune!.Status, underEgenKommuneOverskrift));
        Assert.Equal(403, endreTilganger); // the token is valid: a bad one would be 400, a change 302
        var integrasjonenEtter = await store.HentIntegrasjonAsync(integrasjonId);
        Assert.True(integrasjonenEtter!.KanSoke);
        Assert.Equal(integrasjonenFor, integrasjonenEtter);
    }
}

using System.Globalization;
using Kjoretoyregister.Contracts;
using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Server.Logg;
using Kjoretoyregister.Server.Tests.Forvaltning;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Kvote;

/// <summary>A kommune of the test's own, with the service activated, and its integrations for the demo vendor (so the demo token fits them).</summary>
internal sealed record Kvotekommune(Guid FiksOrgId)
{
    public static async Task<Kvotekommune> OpprettAsync(IForvaltningStore store) =>
        new((await Fiksfil.AktivOrganisasjonAsync(store, "Kvotekommune")).FiksOrgId);

    public async Task<Kvoteintegrasjon> IntegrasjonAsync(IForvaltningStore store, Fiksklient klient)
    {
        var passord = Integrasjonspassord.Generer();
        var integrasjon = await store.OpprettIntegrasjonAsync(
            new NyIntegrasjon(FiksOrgId, "Fagsystem", Organisasjonsnummer.Parse(klient.Demo.Maskinporten.Orgnr), null, KanSoke: true),
            Integrasjonspassord.Hash(passord));
        return new Kvoteintegrasjon(FiksOrgId, integrasjon.IntegrasjonId, passord);
    }
}

/// <summary>One integration: bulk calls of a given number of plates, through any instance's client.</summary>
internal sealed record Kvoteintegrasjon(Guid FiksOrgId, Guid Id, string Passord)
{
    /// <summary>A bulk/kjennemerke call with <paramref name="plater"/> distinct valid plates (each one token).</summary>
    public Task<HttpResponseMessage> PlaterAsync(Fiksklient klient, int plater, string? token = Fiksklient.NyttToken, string? passord = null)
    {
        var liste = string.Join(", ", Enumerable.Range(0, plater).Select(i => string.Create(CultureInfo.InvariantCulture, $$"""{"kjennemerke": "AB{{10000 + i}}"}""")));
        return klient.SendAsync(HttpMethod.Post, klient.SvvSti("bulk/kjennemerke", FiksOrgId), $"[{liste}]", token, Id.ToString(), passord ?? Passord);
    }

    /// <summary>This integration's audit rows, as the audit log's reader finds them.</summary>
    public async Task<List<LoggRad>> RaderAsync(ServerFabrikk server)
    {
        var rader = new List<LoggRad>();
        await foreach (var rad in server.Tjeneste<IOppslagsloggLeser>().SokAsync(new LoggFilter(IntegrasjonId: Id)))
        {
            rader.Add(rad.Rad);
        }

        return rader;
    }
}

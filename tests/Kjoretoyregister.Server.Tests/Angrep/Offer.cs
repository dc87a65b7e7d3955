using Kjoretoyregister.Contracts;
using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Server.Logg;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Angrep;

/// <summary>
/// What the attacks aim at: a kommune of the test's own with the service activated and one integration
/// that may search, authorised for the demo vendor (so the demo client's token is the real vendor's),
/// whose password no one has used yet (so the server has not verified and remembered it).
/// </summary>
internal sealed record Offer(Guid FiksOrgId, Guid IntegrasjonId, string Passord)
{
    public const string Plate = """[{"kjennemerke": "AB12345"}]""";

    public static async Task<Offer> OpprettAsync(Fiksklient klient)
    {
        var store = klient.Server.Tjeneste<IForvaltningStore>();
        var kommune = await store.OpprettOrganisasjonAsync("Offerkommune", Testdata.Unike.Orgnr());
        await store.SettAvtalerAsync(kommune.FiksOrgId, new Avtaler(new DateOnly(2025, 1, 15), new DateOnly(2025, 2, 3)));
        await store.SettKjoretoyregisterAktivertAsync(kommune.FiksOrgId, true);
        var passord = Integrasjonspassord.Generer();
        var integrasjon = await store.OpprettIntegrasjonAsync(
            new NyIntegrasjon(kommune.FiksOrgId, "Fagsystem", Organisasjonsnummer.Parse(klient.Demo.Maskinporten.Orgnr), null, KanSoke: true),
            Integrasjonspassord.Hash(passord));
        return new Offer(kommune.FiksOrgId, integrasjon.IntegrasjonId, passord);
    }

    /// <summary>A bulk/kjennemerke call to this kommune with the given token, integration id and password.</summary>
    public Task<HttpResponseMessage> KallAsync(Fiksklient klient, string token, string? integrasjonId = null, string? passord = null) =>
        klient.SendAsync(HttpMethod.Post, klient.SvvSti("bulk/kjennemerke", FiksOrgId), Plate, token, integrasjonId ?? IntegrasjonId.ToString(), passord ?? Passord);

    /// <summary>Audit rows written for this kommune, as the audit log's reader (the forvaltning page, <c>kjoretoy logg</c>) finds them.</summary>
    public async Task<long> LoggraderAsync(ServerFabrikk server)
    {
        ArgumentNullException.ThrowIfNull(server);
        var antall = 0L;
        await foreach (var _ in server.Tjeneste<IOppslagsloggLeser>().SokAsync(new LoggFilter(FiksOrgId: FiksOrgId)))
        {
            antall++;
        }

        return antall;
    }

    /// <summary>A token of a Maskinporten client of another organisation than the vendor's: any stranger with scope ks:fiks.</summary>
    public static async Task<string> FremmedTokenAsync(Fiksklient klient)
    {
        var (klientId, nokkel) = await Maskinportenklienter.RegistrerAsync(klient.Server, Organisasjonsnummer.Parse(Register.Tests.Testdata.Syntetiske.Orgnr(Random.Shared.Next(100_000, 200_000))));
        return await klient.TokenAsync(klientId, nokkel);
    }
}

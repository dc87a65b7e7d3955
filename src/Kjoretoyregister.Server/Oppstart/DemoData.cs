using System.Text.Json;
using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Server.Maskinporten;

namespace Kjoretoyregister.Server.Oppstart;

/// <summary>Finds or creates the demo kommune, integration and Maskinporten client, reusing what an earlier demo.json names.</summary>
internal static class DemoData
{
    public static async Task<Organisasjon> KommuneAsync(IForvaltningStore store, DemoKonfig? tidligere, CancellationToken ct)
    {
        var organisasjon = tidligere is null ? null : await store.HentOrganisasjonAsync(tidligere.FiksOrgId, ct).ConfigureAwait(false);
        organisasjon ??= (await store.ListOrganisasjonerAsync(ct).ConfigureAwait(false)).FirstOrDefault(o => o.Organisasjonsnummer == DemoOppsett.KommuneOrgnr);
        organisasjon ??= await store.OpprettOrganisasjonAsync("Demo kommune", DemoOppsett.KommuneOrgnr, cancellationToken: ct).ConfigureAwait(false);
        if (!organisasjon.KjoretoyregisterAktivert)
        {
            await store.SettKjoretoyregisterAktivertAsync(organisasjon.FiksOrgId, true, ct).ConfigureAwait(false);
        }

        return organisasjon;
    }

    /// <summary>The demo integration and its password: the earlier one when it still verifies, else a new integration.</summary>
    public static async Task<(Guid Id, string Passord)> IntegrasjonAsync(IForvaltningStore store, Organisasjon kommune, DemoKonfig? tidligere, CancellationToken ct)
    {
        if (tidligere is not null
            && await store.HentTilgangAsync(tidligere.IntegrasjonId, ct).ConfigureAwait(false) is { } tilgang
            && tilgang.FiksOrgId == kommune.FiksOrgId
            && Integrasjonspassord.Verifiser(tidligere.IntegrasjonPassord, tilgang.Passordhash))
        {
            return (tidligere.IntegrasjonId, tidligere.IntegrasjonPassord);
        }

        var passord = Integrasjonspassord.Generer();
        var ny = new NyIntegrasjon(kommune.FiksOrgId, "Demo-integrasjon", DemoOppsett.LeverandorOrgnr,
            "Demoleverandørens fagsystem (laget ved første oppstart; demohemmelighet)", KanSoke: true);
        var integrasjon = await store.OpprettIntegrasjonAsync(ny, Integrasjonspassord.Hash(passord), cancellationToken: ct).ConfigureAwait(false);
        return (integrasjon.IntegrasjonId, passord);
    }

    /// <summary>The demo client's private JWK: the earlier one when the client still has that key, else a new key registered for it.</summary>
    public static async Task<JsonElement> KlientAsync(IMaskinportenKlientStore store, DemoKonfig? tidligere, CancellationToken ct)
    {
        var klient = await store.HentAsync(DemoOppsett.KlientId, ct).ConfigureAwait(false);
        if (tidligere is not null && klient is not null
            && tidligere.Maskinporten.Jwk.TryGetProperty("kid", out var kid)
            && klient.OffentligeJwks.Any(j => RsaJwk.Kid(j) == kid.GetString()))
        {
            return tidligere.Maskinporten.Jwk;
        }

        var (privat, offentlig) = Demonokkel.Ny();
        await store.LagreAsync(new MaskinportenKlient(DemoOppsett.KlientId, DemoOppsett.LeverandorOrgnr, ["ks:fiks"], [offentlig], []), ct).ConfigureAwait(false);
        return privat;
    }
}

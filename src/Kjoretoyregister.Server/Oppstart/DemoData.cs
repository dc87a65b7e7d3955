using System.Globalization;
using System.Text.Json;
using Kjoretoyregister.Contracts;
using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Server.Forvaltning.Endringer;
using Kjoretoyregister.Server.Forvaltning.Kontoer;
using Kjoretoyregister.Server.Maskinporten;

namespace Kjoretoyregister.Server.Oppstart;

/// <summary>
/// Finds or creates the demo kommune (agreements signed, invoicing details filled in, service activated),
/// its integration, the two forvaltning accounts, the Maskinporten client and a demo tariff, reusing what
/// an earlier demo.json names. Every change it makes is logged as done by <c>system</c>, in the change's own transaction.
/// </summary>
internal sealed class DemoData(IForvaltningStore store, IBrukerStore brukere, IMaskinportenKlientStore klienter, TimeProvider tid)
{
    public const string LokalAdministrator = "demo-admin";
    public const string KsAdministrator = "demo-ks";
    public const string Saksbehandler = "demo-saksbehandler";
    public const string Fakturaadresse = "Rådhusplassen 1, 0037 Oslo";

    /// <summary>Demo figures, not KS' prices: from 1 January 2025, 0.10 kr per lookup and 500 kr per month.</summary>
    public static readonly Tariff Demotariff = new(new DateOnly(2025, 1, 1), 0.10m, 500m);

    private const string Utforer = "system";

    public async Task<Organisasjon> KommuneAsync(DemoKonfig? tidligere, CancellationToken ct)
    {
        var organisasjon = tidligere is null ? null : await store.HentOrganisasjonAsync(tidligere.FiksOrgId, ct).ConfigureAwait(false);
        organisasjon ??= (await store.ListOrganisasjonerAsync(ct).ConfigureAwait(false)).FirstOrDefault(o => o.Organisasjonsnummer == DemoOppsett.KommuneOrgnr);
        if (organisasjon is null)
        {
            const string Navn = "Demo kommune";
            var fiksOrgId = Guid.NewGuid();
            organisasjon = await store.OpprettOrganisasjonAsync(Navn, DemoOppsett.KommuneOrgnr, fiksOrgId,
                NyEndring(fiksOrgId, "Opprettet demokommunen", $"«{Navn}» ({DemoOppsett.KommuneOrgnr})"), ct).ConfigureAwait(false);
        }

        var id = organisasjon.FiksOrgId;
        var detaljer = await store.HentDetaljerAsync(id, ct).ConfigureAwait(false) ?? throw new InvalidOperationException($"Demokommunen {id} forsvant under oppstart.");
        if (!detaljer.Avtaler.BeggeSignert)
        {
            // Signed the day the demo kommune was made (Norwegian date), before it is activated below.
            var dag = DateOnly.FromDateTime(NorskTid.TilNorskTid(organisasjon.Opprettet).DateTime);
            var avtaler = new Avtaler(detaljer.Avtaler.Hovedavtale ?? dag, detaljer.Avtaler.Tjenestevedlegg ?? dag);
            await store.SettAvtalerAsync(id, avtaler, NyEndring(id, "Registrerte avtalene som signert (demo)",
                $"Hovedavtalen {Dato(avtaler.Hovedavtale)}, Tjenestevedlegget for Fiks kjøretøyregister {Dato(avtaler.Tjenestevedlegg)}"), ct).ConfigureAwait(false);
        }

        if (detaljer.Fakturering is null)
        {
            var fakturering = new Fakturering(Fakturaadresse, "Demo", organisasjon.Organisasjonsnummer);
            await store.SettDetaljerAsync(id, organisasjon.Navn, fakturering, NyEndring(id, "Fylte ut organisasjonsopplysningene (demo)",
                $"Fakturaadresse «{fakturering.Adresse}», referanse «{fakturering.Referanse}», EHF {fakturering.EhfOrganisasjonsnummer}"), ct).ConfigureAwait(false);
        }

        if (!organisasjon.KjoretoyregisterAktivert)
        {
            await store.SettKjoretoyregisterAktivertAsync(id, true, NyEndring(id, "Aktiverte kjøretøyregister-tjenesten", null), ct).ConfigureAwait(false);
        }

        return organisasjon;
    }

    /// <summary>The demo integration and its password: the earlier one when it still verifies, else a new integration.</summary>
    public async Task<(Guid Id, string Passord)> IntegrasjonAsync(Organisasjon kommune, DemoKonfig? tidligere, CancellationToken ct)
    {
        if (tidligere is not null
            && await store.HentTilgangAsync(tidligere.IntegrasjonId, cancellationToken: ct).ConfigureAwait(false) is { } tilgang
            && tilgang.FiksOrgId == kommune.FiksOrgId
            && Integrasjonspassord.Verifiser(tidligere.IntegrasjonPassord, tilgang.Passordhash))
        {
            return (tidligere.IntegrasjonId, tidligere.IntegrasjonPassord);
        }

        var passord = Integrasjonspassord.Generer();
        var ny = new NyIntegrasjon(kommune.FiksOrgId, "Demo-integrasjon", DemoOppsett.LeverandorOrgnr,
            "Demoleverandørens fagsystem (laget ved første oppstart; demohemmelighet)", KanSoke: true);
        var integrasjonId = Guid.NewGuid();
        await store.OpprettIntegrasjonAsync(ny, Integrasjonspassord.Hash(passord), integrasjonId,
            NyEndring(kommune.FiksOrgId, $"Opprettet integrasjonen «{ny.Navn}»", $"IntegrasjonID {integrasjonId}, kan søke"), ct).ConfigureAwait(false);
        return (integrasjonId, passord);
    }

    /// <summary>
    /// A forvaltning login: lokal administrator of <paramref name="kommune"/>, or KS-administrator when it is
    /// null. The earlier password when it still verifies; an existing account whose password demo.json does
    /// not hold gets a new one; a missing account is created.
    /// </summary>
    /// <summary>
    /// Finds or creates a demo account with a demo password (kept when demo.json still holds the current one):
    /// with <paramref name="kommune"/> null a KS-administrator; else the kommune's lokal administrator, or with
    /// <paramref name="saksbehandler"/> a holder of the role Oppslag there (and nothing else).
    /// </summary>
    public async Task<DemoBruker> BrukerAsync(string brukernavn, string navn, Guid? kommune, DemoBruker? tidligere, CancellationToken ct, bool saksbehandler = false)
    {
        var innlogging = await brukere.HentInnloggingAsync(brukernavn, ct).ConfigureAwait(false);
        string passord;
        if (innlogging is not null && tidligere is not null
            && string.Equals(Brukernavnregler.Normaliser(tidligere.Brukernavn), innlogging.Brukernavn, StringComparison.Ordinal)
            && Integrasjonspassord.Verifiser(tidligere.Passord, innlogging.Passordhash))
        {
            passord = tidligere.Passord;
        }
        else if (innlogging is not null)
        {
            passord = Integrasjonspassord.Generer();
            await brukere.ByttPassordAsync(brukernavn, Integrasjonspassord.Hash(passord),
                NyEndring(kommune, $"Laget nytt passord for demobrukeren {brukernavn}", "demo.json hadde ikke det gjeldende passordet"), ct).ConfigureAwait(false);
        }
        else
        {
            passord = Integrasjonspassord.Generer();
            await brukere.OpprettAsync(brukernavn, navn, Integrasjonspassord.Hash(passord), ksAdministrator: kommune is null,
                NyEndring(kommune, $"Opprettet demobrukeren {brukernavn}", kommune is null ? "KS-administrator" : saksbehandler ? "Saksbehandler (rollen Oppslag)" : "Lokal administrator"), ct).ConfigureAwait(false);
        }

        if (kommune is { } fiksOrgId && await brukere.HentAsync(brukernavn, ct).ConfigureAwait(false) is { } bruker)
        {
            if (saksbehandler && !bruker.HarOppslag(fiksOrgId))
            {
                await brukere.GiOppslagAsync(brukernavn, fiksOrgId, NyEndring(fiksOrgId, $"Ga {brukernavn} rollen Oppslag", null), ct).ConfigureAwait(false);
            }
            else if (!saksbehandler && !bruker.Organisasjoner.Contains(fiksOrgId))
            {
                await brukere.GiAdministratorAsync(brukernavn, fiksOrgId, NyEndring(fiksOrgId, $"Gjorde {brukernavn} til lokal administrator", null), ct).ConfigureAwait(false);
            }
        }

        return new DemoBruker(brukernavn, passord);
    }

    /// <summary>Sets <see cref="Demotariff"/> when no tariff has been set.</summary>
    public async Task TariffAsync(CancellationToken ct)
    {
        if ((await store.ListTariffAsync(ct).ConfigureAwait(false)).Count > 0)
        {
            return;
        }

        await store.SettTariffAsync(Demotariff, NyEndring(null, "Fastsatte demopris for Fiks kjøretøyregister",
            $"Demotall, ikke KS' priser: fra {Dato(Demotariff.GyldigFra)} {Demotariff.PrisPerOppslag.ToString("0.00", CultureInfo.InvariantCulture)} kr per oppslag, "
            + $"{Demotariff.Manedspris.ToString("0.00", CultureInfo.InvariantCulture)} kr per måned"), ct).ConfigureAwait(false);
    }

    /// <summary>The demo client's private JWK: the earlier one when the client still has that key, else a new key registered for it.</summary>
    public async Task<JsonElement> KlientAsync(DemoKonfig? tidligere, CancellationToken ct)
    {
        var klient = await klienter.HentAsync(DemoOppsett.KlientId, ct).ConfigureAwait(false);
        if (tidligere is not null && klient is not null
            && tidligere.Maskinporten.Jwk.TryGetProperty("kid", out var kid)
            && klient.OffentligeJwks.Any(j => RsaJwk.Kid(j) == kid.GetString()))
        {
            return tidligere.Maskinporten.Jwk;
        }

        var (privat, offentlig) = Demonokkel.Ny();
        await klienter.LagreAsync(new MaskinportenKlient(DemoOppsett.KlientId, DemoOppsett.LeverandorOrgnr, ["ks:fiks"], [offentlig], []), ct).ConfigureAwait(false);
        return privat;
    }

    private static string Dato(DateOnly? dato) => dato?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "ikke signert";

    private Endring NyEndring(Guid? fiksOrgId, string handling, string? detaljer) => new(tid.GetUtcNow(), Utforer, fiksOrgId, handling, detaljer);
}

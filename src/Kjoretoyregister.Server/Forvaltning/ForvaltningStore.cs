using Kjoretoyregister.Contracts;
using Kjoretoyregister.Server.Forvaltning.Endringer;

namespace Kjoretoyregister.Server.Forvaltning;

/// <summary>
/// The rules of forvaltning, once for every engine: what a name, an invoicing field or a price may be
/// (<see cref="Forvaltningsfelt"/>, <see cref="Forvaltningsregler"/>), that the service is activated
/// only while both agreements are recorded as signed, and that a change and its change-log entry are
/// one. An engine (<see cref="SqliteForvaltningStore"/>, <see cref="PostgresForvaltningStore"/>) only
/// reads and writes rows: each write runs in one transaction with its <see cref="Endring"/>, and
/// <see cref="UpdateOrganisasjonAsync"/> runs the rule on the row it holds locked, so two writers (two
/// server instances, the CLI) cannot break it between a check and a write. The formål catalogue and
/// "Formål påkrevd" are in the other part of this class.
/// </summary>
public abstract partial class ForvaltningStore(TimeProvider tid) : IForvaltningStore
{
    public async Task<Organisasjon> OpprettOrganisasjonAsync(string navn, Organisasjonsnummer organisasjonsnummer, Guid? fiksOrgId = null, Endring? endring = null, CancellationToken cancellationToken = default)
    {
        var na = Na();
        var organisasjon = new Organisasjon(fiksOrgId ?? Guid.NewGuid(), Forvaltningsfelt.Navn(navn, "Navn"), organisasjonsnummer, false, na, na);
        Forvaltningsfelt.Organisasjonsnummer(organisasjonsnummer, "Organisasjonsnummer");
        Endring.Sjekk(endring);
        if (await FinnOrganisasjonAsync(organisasjonsnummer, cancellationToken).ConfigureAwait(false) is { } finnes)
        {
            throw finnes.FiksOrgId == organisasjon.FiksOrgId ? IdIBruk(organisasjon.FiksOrgId) : Forvaltningsregler.OrganisasjonsnummerIBruk(finnes);
        }

        if (await InsertOrganisasjonAsync(organisasjon, endring, cancellationToken).ConfigureAwait(false))
        {
            return organisasjon;
        }

        // Refused by a unique key: the id, or (another writer between the check and the insert) the number.
        if (await HentOrganisasjonAsync(organisasjon.FiksOrgId, cancellationToken).ConfigureAwait(false) is null
            && await FinnOrganisasjonAsync(organisasjonsnummer, cancellationToken).ConfigureAwait(false) is { } samtidig)
        {
            throw Forvaltningsregler.OrganisasjonsnummerIBruk(samtidig);
        }

        throw IdIBruk(organisasjon.FiksOrgId);
    }

    private static ForvaltningException IdIBruk(Guid fiksOrgId) => new($"Fiks-organisasjonID {fiksOrgId} er allerede i bruk.");

    /// <summary>The (oldest) organisation with <paramref name="organisasjonsnummer"/>; null when none has it.</summary>
    protected abstract Task<Organisasjon?> FinnOrganisasjonAsync(Organisasjonsnummer organisasjonsnummer, CancellationToken cancellationToken);

    public abstract Task<Organisasjon?> HentOrganisasjonAsync(Guid fiksOrgId, CancellationToken cancellationToken = default);

    public abstract Task<IReadOnlyList<Organisasjon>> ListOrganisasjonerAsync(CancellationToken cancellationToken = default);

    public abstract Task<Organisasjonsdetaljer?> HentDetaljerAsync(Guid fiksOrgId, CancellationToken cancellationToken = default);

    public Task<bool> SettAvtalerAsync(Guid fiksOrgId, Avtaler avtaler, Endring? endring = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(avtaler);
        Endring.Sjekk(endring);
        return EndreAsync(fiksOrgId, endring, cancellationToken, detaljer =>
        {
            Forvaltningsregler.SjekkAvtaler(detaljer.Organisasjon.KjoretoyregisterAktivert, avtaler);
            return detaljer with { Avtaler = avtaler };
        });
    }

    public Task<bool> SettDetaljerAsync(Guid fiksOrgId, string navn, Fakturering fakturering, Endring? endring = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fakturering);
        var kommunenavn = Forvaltningsfelt.Navn(navn, "Kommunenavn");
        var sjekket = new Fakturering(
            Forvaltningsfelt.Fakturaadresse(fakturering.Adresse),
            Forvaltningsfelt.Fakturareferanse(fakturering.Referanse),
            fakturering.EhfOrganisasjonsnummer);
        Forvaltningsfelt.Organisasjonsnummer(fakturering.EhfOrganisasjonsnummer, "Organisasjonsnummer for EHF-faktura");
        Endring.Sjekk(endring);
        return EndreAsync(fiksOrgId, endring, cancellationToken, detaljer => detaljer with
        {
            Organisasjon = detaljer.Organisasjon with { Navn = kommunenavn },
            Fakturering = sjekket,
        });
    }

    public Task<bool> SettKjoretoyregisterAktivertAsync(Guid fiksOrgId, bool aktivert, Endring? endring = null, CancellationToken cancellationToken = default)
    {
        Endring.Sjekk(endring);
        return EndreAsync(fiksOrgId, endring, cancellationToken, detaljer =>
        {
            Forvaltningsregler.SjekkAktivering(aktivert, detaljer.Avtaler);
            return detaljer with { Organisasjon = detaljer.Organisasjon with { KjoretoyregisterAktivert = aktivert } };
        });
    }

    public Task<bool> SettKvoteAsync(Guid fiksOrgId, Kvote.Kvoteoverstyring kvote, Endring? endring = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kvote);
        var sjekket = kvote.Sjekket();
        Endring.Sjekk(endring);
        return EndreAsync(fiksOrgId, endring, cancellationToken, detaljer => detaljer with { Kvote = sjekket.ErTom ? null : sjekket });
    }

    public async Task<Integrasjon> OpprettIntegrasjonAsync(NyIntegrasjon ny, string passordhash, Guid? integrasjonId = null, Endring? endring = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ny);
        ArgumentException.ThrowIfNullOrWhiteSpace(passordhash);
        var na = Na();
        var integrasjon = new Integrasjon(
            integrasjonId ?? Guid.NewGuid(), ny.FiksOrgId, Forvaltningsfelt.Navn(ny.Navn, "Navn"), ny.AutorisertOrganisasjonsnummer,
            Forvaltningsfelt.Beskrivelse(ny.Beskrivelse), ny.KanSoke, na, na);
        Forvaltningsfelt.Organisasjonsnummer(ny.AutorisertOrganisasjonsnummer, "Autorisert organisasjonsnummer");
        Endring.Sjekk(endring);
        if (await InsertIntegrasjonAsync(integrasjon, passordhash, endring, cancellationToken).ConfigureAwait(false))
        {
            return integrasjon;
        }

        throw await HentOrganisasjonAsync(ny.FiksOrgId, cancellationToken).ConfigureAwait(false) is null
            ? new ForvaltningException($"Fiks-organisasjonen {ny.FiksOrgId} finnes ikke.")
            : new ForvaltningException($"IntegrasjonID {integrasjon.IntegrasjonId} er allerede i bruk.");
    }

    public abstract Task<Integrasjon?> HentIntegrasjonAsync(Guid integrasjonId, CancellationToken cancellationToken = default);

    public abstract Task<IReadOnlyList<Integrasjon>> ListIntegrasjonerAsync(Guid fiksOrgId, CancellationToken cancellationToken = default);

    public Task<bool> SettKanSokeAsync(Guid integrasjonId, bool kanSoke, Endring? endring = null, CancellationToken cancellationToken = default)
    {
        Endring.Sjekk(endring);
        return UpdateKanSokeAsync(integrasjonId, kanSoke, Na(), endring, cancellationToken);
    }

    public Task<bool> ByttPassordhashAsync(Guid integrasjonId, string passordhash, Endring? endring = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(passordhash);
        Endring.Sjekk(endring);
        return UpdatePassordhashAsync(integrasjonId, passordhash, Na(), endring, cancellationToken);
    }

    public Task<bool> SlettIntegrasjonAsync(Guid integrasjonId, Endring? endring = null, CancellationToken cancellationToken = default)
    {
        Endring.Sjekk(endring);
        return DeleteIntegrasjonAsync(integrasjonId, endring, cancellationToken);
    }

    public abstract Task<IReadOnlyList<Tariff>> ListTariffAsync(CancellationToken cancellationToken = default);

    public Task SettTariffAsync(Tariff tariff, Endring? endring = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tariff);
        var perOppslag = Forvaltningsregler.Ore(tariff.PrisPerOppslag, "Pris per oppslag");
        var manedspris = Forvaltningsregler.Ore(tariff.Manedspris, "Månedspris");
        Endring.Sjekk(endring);
        return UpsertTariffAsync(tariff.GyldigFra, perOppslag, manedspris, Na(), endring, cancellationToken);
    }

    public abstract ValueTask<IntegrasjonTilgang?> HentTilgangAsync(Guid integrasjonId, string? formal = null, CancellationToken cancellationToken = default);

    public abstract Task<bool> SvarerAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Inserts the row with KS's formål catalogue (<see cref="Formalskatalog.Standard"/>) and <paramref name="endring"/>, in one
    /// transaction; false, writing nothing, when its id or (unmarked) organisasjonsnummer is taken.
    /// </summary>
    protected abstract Task<bool> InsertOrganisasjonAsync(Organisasjon organisasjon, Endring? endring, CancellationToken cancellationToken);

    /// <summary>
    /// In one transaction: reads the organisation locked against other writers, lets <paramref name="endre"/>
    /// say its new content (or throw, writing nothing), writes it and <paramref name="endring"/>. False (nothing
    /// written) when there is no such organisation.
    /// </summary>
    protected abstract Task<bool> UpdateOrganisasjonAsync(Guid fiksOrgId, Func<Organisasjonsdetaljer, Organisasjonsdetaljer> endre, Endring? endring, CancellationToken cancellationToken);

    /// <summary>Writes the integration and <paramref name="endring"/> in one transaction; false (nothing written) when its organisation does not exist or the id is taken.</summary>
    protected abstract Task<bool> InsertIntegrasjonAsync(Integrasjon integrasjon, string passordhash, Endring? endring, CancellationToken cancellationToken);

    /// <summary>Sets the right to search (moving <c>endret</c> only when it changes) with <paramref name="endring"/>; false (nothing written) when no such integration.</summary>
    protected abstract Task<bool> UpdateKanSokeAsync(Guid integrasjonId, bool kanSoke, DateTimeOffset na, Endring? endring, CancellationToken cancellationToken);

    /// <summary>Replaces the password hash with <paramref name="endring"/>; false (nothing written) when no such integration.</summary>
    protected abstract Task<bool> UpdatePassordhashAsync(Guid integrasjonId, string passordhash, DateTimeOffset na, Endring? endring, CancellationToken cancellationToken);

    /// <summary>Deletes the integration with <paramref name="endring"/>; false (nothing written) when there was none.</summary>
    protected abstract Task<bool> DeleteIntegrasjonAsync(Guid integrasjonId, Endring? endring, CancellationToken cancellationToken);

    /// <summary>Writes the tariff of the day (replacing one set for it) with <paramref name="endring"/>, in whole øre.</summary>
    protected abstract Task UpsertTariffAsync(DateOnly gyldigFra, long prisPerOppslagOre, long manedsprisOre, DateTimeOffset na, Endring? endring, CancellationToken cancellationToken);

    /// <summary>Now, to the millisecond as stored, so a returned record equals the one read back.</summary>
    protected DateTimeOffset Na() => DateTimeOffset.FromUnixTimeMilliseconds(tid.GetUtcNow().ToUnixTimeMilliseconds());

    /// <summary>An organisation's change under its lock; <c>endret</c> moves only when the content does.</summary>
    private Task<bool> EndreAsync(Guid fiksOrgId, Endring? endring, CancellationToken cancellationToken, Func<Organisasjonsdetaljer, Organisasjonsdetaljer> endre) =>
        UpdateOrganisasjonAsync(fiksOrgId, gammel =>
        {
            var ny = endre(gammel);
            return ny == gammel ? gammel : ny with { Organisasjon = ny.Organisasjon with { Endret = Na() } };
        }, endring, cancellationToken);
}

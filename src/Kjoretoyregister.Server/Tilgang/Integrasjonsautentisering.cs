using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Server.Kvote;

namespace Kjoretoyregister.Server.Tilgang;

/// <summary>The outcome of steps 2 and 3 of the chain.</summary>
public enum Integrasjonsutfall
{
    /// <summary>Authenticated and allowed to search this organisation's register.</summary>
    Godkjent,

    /// <summary>401: unknown integration, wrong password, or another organisation's Maskinporten client.</summary>
    Avvist,

    /// <summary>429: too many wrong passwords lately; wait.</summary>
    ForMangeForsok,

    /// <summary>403: authenticated, but not for this organisation, or the service or the right is missing.</summary>
    ManglerTilgang,

    /// <summary>400 FORMAL_MANGLER: allowed, but the integration requires a purpose and none was given.</summary>
    FormalMangler,

    /// <summary>400 FORMAL_UKJENT: allowed, but the integration requires a purpose and the one given is not in its organisation's catalogue.</summary>
    FormalUkjent,
}

/// <summary>
/// Steps 2 and 3 of the chain (CONTRACT.md §5). The integration is read from the store on every call
/// (one primary-key read), so a changed password, a withdrawn right or a deleted integration stops
/// calls at once on every instance. Who may try a password at all is settled first: an unknown
/// integration and one authorised for another organisation than the token's consumer are refused
/// alike, with no password work and nothing counted, so a stranger can neither lock a vendor out nor
/// tell which ids exist. Then the attempt is reserved (<see cref="Feilforsok"/>) before the slow hash,
/// which is paid once: a verified password is remembered (as its SHA-256, beside the stored hash it
/// matched) for <see cref="Husketid"/>, and that memory is void the moment the stored hash changes.
/// The same read says whether the integration requires a purpose (<c>Formål påkrevd</c>) and whether
/// the one given is in its organisation's catalogue, so that rule costs no round trip of its own and
/// a changed catalogue or setting counts from the next request, on every instance. So does KS's override of
/// the organisation's fair-use limits (<see cref="Kvoteoverstyring"/>), returned for the chain's last step.
/// </summary>
public sealed class Integrasjonsautentisering(IForvaltningStore store, Feilforsok feilforsok, Tregehasher tregehasher, TimeProvider tid)
{
    public static readonly TimeSpan Husketid = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<Guid, Verifisert> verifisert = new();

    /// <summary>
    /// Authenticates the integration and checks its access to <paramref name="fiksOrgId"/>, and then, when it
    /// requires a purpose, that <paramref name="formal"/> (the header as sent) is in its organisation's catalogue.
    /// </summary>
    public async ValueTask<(Integrasjonsutfall Utfall, TimeSpan? Vent, Kvoteoverstyring? Kvote)> SjekkAsync(
        Guid fiksOrgId, Guid integrasjonId, string passord, string konsumentOrgnr, string? formal, CancellationToken cancellationToken)
    {
        var tilgang = await store.HentTilgangAsync(integrasjonId, string.IsNullOrWhiteSpace(formal) ? null : formal, cancellationToken).ConfigureAwait(false);
        if (tilgang is null || !string.Equals(tilgang.AutorisertOrganisasjonsnummer.ToString(), konsumentOrgnr, StringComparison.Ordinal))
        {
            return (Integrasjonsutfall.Avvist, null, null);
        }

        var passordSha = SHA256.HashData(Encoding.UTF8.GetBytes(passord));
        if (!ErHusket(tilgang, passordSha))
        {
            if (await feilforsok.ReserverAsync(integrasjonId, cancellationToken).ConfigureAwait(false) is { } vent)
            {
                return (Integrasjonsutfall.ForMangeForsok, vent, null);
            }

            if (!await tregehasher.VerifiserAsync(passord, tilgang.Passordhash, cancellationToken).ConfigureAwait(false))
            {
                return (Integrasjonsutfall.Avvist, null, null);
            }

            await feilforsok.LyktesAsync(integrasjonId, cancellationToken).ConfigureAwait(false);
            verifisert[integrasjonId] = new Verifisert(tilgang.Passordhash, passordSha, tid.GetUtcNow() + Husketid);
        }

        if (tilgang.FiksOrgId != fiksOrgId || !tilgang.TjenesteAktivert || !tilgang.KanSoke)
        {
            return (Integrasjonsutfall.ManglerTilgang, null, null);
        }

        var utfall = !tilgang.FormalPakrevd || tilgang.FormalIKatalogen ? Integrasjonsutfall.Godkjent
            : string.IsNullOrWhiteSpace(formal) ? Integrasjonsutfall.FormalMangler
            : Integrasjonsutfall.FormalUkjent;
        return (utfall, null, tilgang.Kvote);
    }

    private bool ErHusket(IntegrasjonTilgang tilgang, byte[] passordSha) =>
        verifisert.TryGetValue(tilgang.IntegrasjonId, out var husket)
        && husket.Utloper > tid.GetUtcNow()
        && string.Equals(husket.Passordhash, tilgang.Passordhash, StringComparison.Ordinal)
        && CryptographicOperations.FixedTimeEquals(husket.PassordSha256, passordSha);

    private sealed record Verifisert(string Passordhash, byte[] PassordSha256, DateTimeOffset Utloper);
}

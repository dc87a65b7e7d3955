using System.Globalization;
using System.Text.RegularExpressions;
using Kjoretoyregister.Server.Forvaltning.Endringer;

namespace Kjoretoyregister.Server.Logg;

/// <summary>
/// Walks the audit log's chain (<see cref="Loggkjede"/>) in id order, streaming (constant memory), and
/// reports the first row changed, inserted or removed: every row's hash is recomputed from its content
/// and its predecessor's stored hash, every link (<c>forrige_hash</c>) is checked, the start against the
/// recorded retention cut (or the chain's start), the end against the recorded head, and every daily
/// anchor in the change log against its row (unless the row is before the cut).
/// </summary>
/// <remarks>
/// Rows written before the chain was introduced (NULL hash, id below the chain's start) are counted as
/// not chained and not checked; rows still waiting for the retention's deletion (id below the cut) are skipped.
/// </remarks>
public sealed partial class Loggverifisering(ILoggkjedelager lager, IEndringslogg endringer)
{
    /// <summary>The change log's wording of an anchor; <see cref="Tekst"/> writes it, the verifier reads it back.</summary>
    public const string Ankertekst = "Ankerpunkt for oppslagsloggen";

    /// <summary>The change log's entry for an anchor: "Ankerpunkt for oppslagsloggen 2026-12-06: rad 123, hash 3f…".</summary>
    public static string Tekst(Ankerpunkt anker)
    {
        ArgumentNullException.ThrowIfNull(anker);
        var dato = anker.Dato.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return anker.LoggId is { } id && anker.Hash is { } hash
            ? $"{Ankertekst} {dato}: rad {id.ToString(CultureInfo.InvariantCulture)}, hash {Loggkjede.Hex(hash)}"
            : $"{Ankertekst} {dato}: ingen kjedede rader ennå";
    }

    public async Task<Verifiseringsresultat> VerifiserAsync(CancellationToken cancellationToken = default)
    {
        var ankere = await AnkereAsync(cancellationToken);
        await using var lesing = await lager.LesAsync(cancellationToken);
        var hode = lesing.Hode;
        var kjede = new Loggkjede();
        var brukKutt = hode.KuttId is { } k && (hode.StartId is not { } s || k > s);
        var forrige = brukKutt ? hode.KuttForrigeHash ?? Loggkjede.Start : Loggkjede.Start;
        byte[]? forForrige = null;
        Kjederad? forrigeRad = null;
        Kjederad? mistenkt = null;
        long antall = 0, ukjedet = 0;
        var sett = new HashSet<long>();

        await foreach (var r in lesing.RaderAsync(cancellationToken))
        {
            if (r.Hash is null && (hode.StartId is not { } start || r.Id < start))
            {
                ukjedet++;
                continue;
            }

            if (hode.KuttId is { } kutt && r.Id < kutt)
            {
                continue;
            }

            if (mistenkt is not null)
            {
                // The suspect broke the link; if this row links to the row before it, the suspect was put in.
                return Like(r.ForrigeHash, forrige)
                    ? Brudd(antall, ukjedet, hode, mistenkt, $"satt inn: raden hører ikke til kjeden (rad {r.Id} lenker forbi den)")
                    : Brudd(antall, ukjedet, hode, mistenkt, Fjernet(mistenkt, forrigeRad));
            }

            if (hode.SisteId is not { } siste || r.Id > siste)
            {
                return Brudd(antall, ukjedet, hode, r, "satt inn: raden ligger etter kjedens registrerte hode");
            }

            if (r.Hash is null || r.ForrigeHash is null)
            {
                return Brudd(antall, ukjedet, hode, r, "endret: raden mangler hash");
            }

            if (!Like(r.ForrigeHash, forrige))
            {
                if (forrigeRad is not null && forForrige is not null && Like(r.ForrigeHash, forForrige))
                {
                    return Brudd(antall - 1, ukjedet, hode, forrigeRad, $"satt inn: raden hører ikke til kjeden (rad {r.Id} lenker forbi den)");
                }

                mistenkt = r;
                continue;
            }

            if (!Like(kjede.Hash(r.ForrigeHash, r.Innhold), r.Hash))
            {
                return Brudd(antall, ukjedet, hode, r, "endret: innholdet stemmer ikke med radens hash");
            }

            if (ankere.TryGetValue(r.Id, out var anker) && !Like(anker.Hash, r.Hash))
            {
                return Brudd(antall, ukjedet, hode, r, $"endret: hashen avviker fra ankerpunktet {anker.Dato:yyyy-MM-dd} i endringsloggen");
            }

            if (ankere.ContainsKey(r.Id))
            {
                sett.Add(r.Id);
            }

            forForrige = forrige;
            forrige = r.Hash;
            forrigeRad = r;
            antall++;
        }

        if (mistenkt is not null)
        {
            return Brudd(antall, ukjedet, hode, mistenkt, Fjernet(mistenkt, forrigeRad));
        }

        // The end: the last row is the recorded head (after a cut of every row, the cut's predecessor is the head).
        if (hode.SisteId is { } sisteId && ((forrigeRad is not null && forrigeRad.Id != sisteId) || !Like(forrige, hode.SisteHash)))
        {
            return forrigeRad is null
                ? Brudd(antall, ukjedet, hode, null, $"fjernet: ingen kjedede rader finnes, men hodet er rad {sisteId}")
                : Brudd(antall, ukjedet, hode, forrigeRad, $"fjernet etter rad {forrigeRad.Id}: kjedens hode er rad {sisteId}");
        }

        var forsteGyldige = brukKutt ? hode.KuttId!.Value : hode.StartId ?? long.MaxValue;
        foreach (var (id, anker) in ankere.OrderBy(a => a.Key))
        {
            if (id >= forsteGyldige && !sett.Contains(id))
            {
                return Brudd(antall, ukjedet, hode, forrigeRad, $"fjernet: rad {id} fra ankerpunktet {anker.Dato:yyyy-MM-dd} finnes ikke");
            }
        }

        return new Verifiseringsresultat(true, antall, ukjedet, hode.SisteId, Hex(hode.SisteHash), null, null, null);
    }

    private static string Fjernet(Kjederad rad, Kjederad? forrige) => forrige is null
        ? $"fjernet før rad {rad.Id}: kjeden begynner ikke der den skal (første rad eller kuttet stemmer ikke)"
        : $"fjernet før rad {rad.Id}: raden lenker ikke til rad {forrige.Id} (rader mellom er fjernet, eller rad {forrige.Id} er skrevet om)";

    private static Verifiseringsresultat Brudd(long antall, long ukjedet, Kjedehode hode, Kjederad? rad, string hva) => new(
        false, antall, ukjedet, hode.SisteId, Hex(hode.SisteHash), rad?.Id,
        rad is null ? null : DateTimeOffset.FromUnixTimeMilliseconds(rad.Innhold.Tidspunkt), hva);

    private static string? Hex(byte[]? hash) => hash is null ? null : Loggkjede.Hex(hash);

    private static bool Like(byte[]? a, byte[]? b) => a is not null && b is not null && a.AsSpan().SequenceEqual(b);

    /// <summary>Every anchor in the change log, by row id.</summary>
    private async Task<Dictionary<long, Ankerpunkt>> AnkereAsync(CancellationToken cancellationToken)
    {
        var ankere = new Dictionary<long, Ankerpunkt>();
        const int side = 500;
        for (var hopp = 0; ; hopp += side)
        {
            var endringer1 = await endringer.ListAsync(null, hopp, side, cancellationToken);
            foreach (var e in endringer1)
            {
                if (Les(e.Handling) is { } anker)
                {
                    ankere[anker.LoggId!.Value] = anker;
                }
            }

            if (endringer1.Count < side)
            {
                return ankere;
            }
        }
    }

    /// <summary>An anchor read back from its change-log text, or null.</summary>
    public static Ankerpunkt? Les(string handling)
    {
        ArgumentNullException.ThrowIfNull(handling);
        var m = AnkerMonster().Match(handling);
        return m.Success
            ? new Ankerpunkt(
                DateOnly.ParseExact(m.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                long.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture),
                Convert.FromHexString(m.Groups[3].Value),
                default)
            : null;
    }

    [GeneratedRegex(@"^Ankerpunkt for oppslagsloggen (\d{4}-\d{2}-\d{2}): rad (\d+), hash ([0-9a-f]{64})$")]
    private static partial Regex AnkerMonster();
}

/// <summary>What <see cref="Loggverifisering"/> found.</summary>
/// <param name="Intakt">True when the chain is whole.</param>
/// <param name="Verifisert">Chained rows checked (up to the problem).</param>
/// <param name="Ukjedet">Rows from before the chain was introduced (not checked).</param>
/// <param name="HodeId">The head recorded in the database.</param>
/// <param name="HodeHash">Its hash, lower-case hex.</param>
/// <param name="BruddId">The row named by the first problem.</param>
/// <param name="BruddTidspunkt">That row's time.</param>
/// <param name="Brudd">What is wrong, in Norwegian: begins with endret, fjernet or satt inn.</param>
public sealed record Verifiseringsresultat(
    bool Intakt, long Verifisert, long Ukjedet, long? HodeId, string? HodeHash, long? BruddId, DateTimeOffset? BruddTidspunkt, string? Brudd);

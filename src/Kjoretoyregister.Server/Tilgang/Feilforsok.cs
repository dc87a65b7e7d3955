using System.Collections.Concurrent;

namespace Kjoretoyregister.Server.Tilgang;

/// <summary>
/// Wrong passwords per integration. The first <see cref="FrieForsok"/> failures cost nothing extra;
/// after that each failure doubles a wait (1 s, 2 s, 4 s … at most <see cref="MaksVent"/>) during which
/// unverified passwords for that integration get 429. A right password that was verified before is
/// never held up (it does not need the slow hash), and a success or a quiet quarter of an hour clears
/// the count, so a guessing attacker is slowed while the vendor is locked out for a minute at most.
/// Counted per server instance.
/// </summary>
public sealed class Feilforsok(TimeProvider tid)
{
    public const int FrieForsok = 5;
    public static readonly TimeSpan MaksVent = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Glemmes = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<Guid, Tilstand> tilstander = new();

    /// <summary>How long the caller must wait before another unverified try; null when it may try now.</summary>
    public TimeSpan? Vent(Guid integrasjonId)
    {
        if (!tilstander.TryGetValue(integrasjonId, out var tilstand))
        {
            return null;
        }

        var naa = tid.GetUtcNow();
        return tilstand.SperretTil > naa ? tilstand.SperretTil - naa : null;
    }

    /// <summary>Counts a wrong password.</summary>
    public void Feilet(Guid integrasjonId)
    {
        var naa = tid.GetUtcNow();
        tilstander.AddOrUpdate(
            integrasjonId,
            _ => Neste(0, naa),
            (_, gammel) => Neste(naa - gammel.Sist > Glemmes ? 0 : gammel.Antall, naa));

        if (tilstander.Count > 100_000)
        {
            foreach (var (id, t) in tilstander)
            {
                if (naa - t.Sist > Glemmes)
                {
                    tilstander.TryRemove(id, out _);
                }
            }
        }
    }

    /// <summary>A right password: the count starts again.</summary>
    public void Lyktes(Guid integrasjonId) => tilstander.TryRemove(integrasjonId, out _);

    private static Tilstand Neste(int antall, DateTimeOffset naa)
    {
        var ny = antall + 1;
        var over = ny - FrieForsok;
        var vent = over <= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(Math.Min(MaksVent.TotalSeconds, Math.Pow(2, Math.Min(over - 1, 10))));
        return new Tilstand(ny, naa + vent, naa);
    }

    private sealed record Tilstand(int Antall, DateTimeOffset SperretTil, DateTimeOffset Sist);
}

using Kjoretoyregister.Contracts;

namespace Kjoretoyregister.Server.Logg;

/// <summary>
/// The usage counts one batch adds: lookups and hits per organisation, integration and month (Oslo time).
/// The one place both engines count, so they bill alike.
/// </summary>
internal sealed class Forbrukstelling
{
    private readonly Dictionary<Forbruksnokkel, (long Oppslag, long Treff)> telling = [];

    /// <summary>The counts, one per key.</summary>
    public IEnumerable<Forbruk> Telt => telling.Select(t => new Forbruk(t.Key.Org, t.Key.Integrasjon, t.Key.Ar, t.Key.Maned, t.Value.Oppslag, t.Value.Treff));

    public void Clear() => telling.Clear();

    /// <summary>Counts one row; a row with outcome <see cref="Utfall.Feil"/> or <see cref="Utfall.Avvist"/> is logged but not a lookup the kommune pays for.</summary>
    public void Tell(LoggRad r)
    {
        if (r.Utfall is Utfall.Feil or Utfall.Avvist)
        {
            return;
        }

        var oslo = NorskTid.TilNorskTid(r.Tidspunkt);
        var nokkel = new Forbruksnokkel(r.FiksOrgId, r.IntegrasjonId, oslo.Year, oslo.Month);
        var (oppslag, treff) = telling.GetValueOrDefault(nokkel);
        telling[nokkel] = (oppslag + 1, treff + (r.Utfall == Utfall.Treff ? 1 : 0));
    }

    private readonly record struct Forbruksnokkel(Guid Org, Guid Integrasjon, int Ar, int Maned);
}

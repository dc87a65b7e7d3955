using Kjoretoyregister.Register.Oppslag;

namespace Kjoretoyregister.Register.Postgres;

/// <summary>
/// The party occurrences of an import on PostgreSQL, numbered in the order met. An occurrence that
/// says nothing new about its party (the same as the last one staged, or the same without an address)
/// is not staged again, so a party seen on many vehicles is copied once.
/// </summary>
internal sealed class PostgresPartStaging
{
    private const int MaksHusket = 2_000_000;

    private readonly Dictionary<string, PartRad> husket = new(StringComparer.Ordinal);
    private List<(long Nr, PartRad Part)> nye = [];
    private long nr;

    /// <summary>Stages the party if it says something new; its key (fnr or orgnr), or null for no party.</summary>
    public string? Husk(PartRad? part)
    {
        if (part is null)
        {
            return null;
        }

        if (SierNoeNytt(part))
        {
            nye.Add((++nr, part));
        }

        return part.Nokkel;
    }

    /// <summary>
    /// Whether the occurrence says something new about its party: the first met, or other names, or another
    /// address (the remembered state is updated). After <see cref="MaksHusket"/> parties the memory starts
    /// again, so an occurrence may be taken as new when it is not; staging it again changes nothing.
    /// </summary>
    public bool SierNoeNytt(PartRad part)
    {
        ArgumentNullException.ThrowIfNull(part);
        if (husket.TryGetValue(part.Nokkel, out var kjent)
            && (kjent == part || (part.Adresse is null && kjent == part with { Adresse = kjent.Adresse })))
        {
            return false;
        }

        if (husket.Count >= MaksHusket)
        {
            husket.Clear();
        }

        husket[part.Nokkel] = part.Adresse is null && kjent is not null ? part with { Adresse = kjent.Adresse } : part;
        return true;
    }

    /// <summary>The occurrences staged since the last call.</summary>
    public List<(long Nr, PartRad Part)> TaNye()
    {
        var ut = nye;
        nye = [];
        return ut;
    }
}

using Kjoretoyregister.Register.Import;

namespace Kjoretoyregister.Register.Oppslag;

/// <summary>
/// One word of an owner-name search as the range of stored words (or, phonetically, keys) it matches: every
/// one that starts with <see cref="Fra"/>, i.e. from <see cref="Fra"/> up to <see cref="Til"/>. Both engines
/// compare words byte by byte (SQLite's BINARY, PostgreSQL's <c>COLLATE "C"</c>), in which the highest code
/// point after the prefix sorts after every word that starts with it.
/// </summary>
internal readonly record struct Navneprefiks(string Fra, string Til)
{
    private static readonly string Hoyeste = char.ConvertFromUtf32(0x10FFFF);

    /// <summary>The ranges of a search's words (upper case, see <see cref="Navneledd"/>): of their letters, or of their phonetic keys.</summary>
    public static IReadOnlyList<Navneprefiks> For(IReadOnlyList<string> ledd, bool fonetisk) =>
        ledd.Select(ord => fonetisk ? Navnefonetikk.Nokkel(ord) : ord)
            .Where(ord => ord.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Select(ord => new Navneprefiks(ord, ord + Hoyeste))
            .ToList();
}

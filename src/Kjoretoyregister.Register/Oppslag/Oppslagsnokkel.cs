namespace Kjoretoyregister.Register.Oppslag;

/// <summary>What a key of a lookup is: a plate's search key, a kuid or an understellsnummer.</summary>
internal enum Nokkelart
{
    Kjennemerke,
    Kuid,
    Understellsnummer,
}

/// <summary>One key of a lookup, with the time t (stored form, see <see cref="Tid"/>) it asks about.</summary>
internal readonly record struct Oppslagsnokkel(Nokkelart Art, string Verdi, long T);

/// <summary>
/// Whose vehicles a party lookup asks for: one person (<see cref="Fnr"/>), one organisation
/// (<see cref="Orgnr"/>), or the parties (at most <see cref="MaksParter"/>, lowest ids first) whose
/// names have, for every range of <see cref="Navneledd"/>, a word (or with <see cref="EiernavnFilter.Fonetisk"/>
/// a word whose phonetic key is) in it, and who pass <see cref="Filter"/>. Then the page
/// [<see cref="Fra"/>, <see cref="Fra"/> + <see cref="Antall"/>) of their vehicles at <see cref="T"/>
/// (without those scrapped or exported then, with <see cref="EiernavnFilter.EkskluderVraketUtfort"/>).
/// </summary>
internal sealed record Partsok(
    string? Fnr,
    string? Orgnr,
    IReadOnlyList<Navneprefiks>? Navneledd,
    EiernavnFilter? Filter,
    int MaksParter,
    long T,
    int Fra,
    int Antall);

using System.Buffers;

namespace Kjoretoyregister.Server.Forvaltning;

/// <summary>
/// The rules of the formål catalogue: what a code and a description may be, and KS's defaults. Every
/// organisation holds its own rows (no rows is an empty catalogue, not the defaults): a new organisation
/// gets <see cref="Standard"/> in the transaction that creates it, and the migration that made the table
/// (<c>fiks</c> 0006 on SQLite, 0003 on PostgreSQL, with the same five) gave them to those that existed.
/// So every server instance reads the one truth in the table on its next request, with nothing to seed
/// or remember per process.
/// </summary>
public static class Formalskatalog
{
    public const int MinKode = 2;
    public const int MaksKode = 50;
    public const int MaksBeskrivelse = 200;

    /// <summary>What a code may be, for messages and help texts.</summary>
    public const string Kodeformat = "2–50 tegn av A–Z, 0–9 og _";

    private static readonly SearchValues<char> Kodetegn = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");

    /// <summary>KS's defaults, in the order the catalogue shows them. The migrations repeat them.</summary>
    public static IReadOnlyList<Formal> Standard { get; } =
    [
        new("PARKERINGSGEBYR", "Ileggelse og oppfølging av parkeringsgebyr"),
        new("PARKERINGSTILLATELSE", "Behandling av søknad om parkeringstillatelse"),
        new("BORTTAUING", "Borttauing og flytting av kjøretøy"),
        new("BROYTING_OG_KOSTING", "Varsling og flytting av kjøretøy ved brøyting og kosting"),
        new("ANNET", "Annen saksbehandling i kommunen med hjemmel i lov"),
    ];

    /// <summary>True when <paramref name="kode"/> is a code as stored: 2–50 of A–Z, 0–9 and _.</summary>
    public static bool ErGyldigKode(string? kode) =>
        kode is { Length: >= MinKode and <= MaksKode } && !kode.AsSpan().ContainsAnyExcept(Kodetegn);

    /// <summary>The code as stored: trimmed and in upper case; refused when it is not 2–50 of A–Z, 0–9 and _.</summary>
    /// <exception cref="ForvaltningException">Not a valid code; <see cref="ForvaltningException.Felt"/> is <c>kode</c>.</exception>
    public static string Kode(string? verdi)
    {
        var kode = Normaliser(verdi);
        if (kode.Length == 0)
        {
            throw new ForvaltningException("Kode mangler.", "kode");
        }

        return ErGyldigKode(kode)
            ? kode
            : throw new ForvaltningException($"Kode «{Kort(kode)}» er ikke gyldig: den må være {Kodeformat} (f.eks. PARKERINGSGEBYR).", "kode");
    }

    /// <summary>The description trimmed; refused when empty, longer than <see cref="MaksBeskrivelse"/> or with control characters.</summary>
    /// <exception cref="ForvaltningException">Not a valid description; <see cref="ForvaltningException.Felt"/> is <c>beskrivelse</c>.</exception>
    public static string Beskrivelse(string? verdi)
    {
        var beskrivelse = verdi?.Trim() ?? "";
        if (beskrivelse.Length == 0)
        {
            throw new ForvaltningException("Beskrivelse mangler.", "beskrivelse");
        }

        if (beskrivelse.Length > MaksBeskrivelse)
        {
            throw new ForvaltningException($"Beskrivelse er for lang: {beskrivelse.Length} tegn, høyst {MaksBeskrivelse} er tillatt.", "beskrivelse");
        }

        return beskrivelse.Any(char.IsControl)
            ? throw new ForvaltningException("Beskrivelse kan ikke ha linjeskift eller andre kontrolltegn.", "beskrivelse")
            : beskrivelse;
    }

    /// <summary>A code as typed, trimmed and in upper case (a lokal administrator may type it in lower case).</summary>
    public static string Normaliser(string? kode) => kode?.Trim().ToUpperInvariant() ?? "";

    private static string Kort(string tekst) => tekst.Length > 60 ? tekst[..60] + "…" : tekst;
}

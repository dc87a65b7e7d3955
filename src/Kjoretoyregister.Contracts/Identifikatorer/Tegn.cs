#if NET
using System.Buffers;
#endif

namespace Kjoretoyregister.Contracts;

/// <summary>Tegnmengder som identifikatorene sjekker mot.</summary>
internal static class Tegn
{
#if NET
    private static readonly SearchValues<char> AsciiBokstaverOgSifre =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>Sann når hvert tegn i <paramref name="tekst"/> er en ASCII-bokstav eller et ASCII-siffer.</summary>
    public static bool ErAsciiBokstaverOgSifre(ReadOnlySpan<char> tekst) => !tekst.ContainsAnyExcept(AsciiBokstaverOgSifre);
#else
    /// <summary>Sann når hvert tegn i <paramref name="tekst"/> er en ASCII-bokstav eller et ASCII-siffer (.NET Framework har ikke SearchValues).</summary>
    public static bool ErAsciiBokstaverOgSifre(ReadOnlySpan<char> tekst)
    {
        foreach (var c in tekst)
        {
            if (c is not (>= '0' and <= '9' or >= 'A' and <= 'Z' or >= 'a' and <= 'z'))
            {
                return false;
            }
        }

        return true;
    }
#endif

    /// <summary>Sann når <paramref name="tekst"/> har <paramref name="min"/>–<paramref name="maks"/> tegn, alle ASCII-sifre.</summary>
    public static bool ErSifre(ReadOnlySpan<char> tekst, int min, int maks) =>
        tekst.Length >= min && tekst.Length <= maks && !tekst.ContainsAnyExceptInRange('0', '9');

    /// <summary>
    /// Leser en id av 1–20 sifre (kuid, prkid): mellomrom rundt fjernes, ellers beholdes verdien som gitt,
    /// også innledende nuller. <paramref name="navn"/> brukes i feilmeldingen.
    /// </summary>
    public static bool TryLesSifferId(string? s, string navn, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? verdi, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? feil)
    {
        const int MaksLengde = 20;
        var tekst = s.AsSpan().Trim();
        if (s is null || !ErSifre(tekst, 1, MaksLengde))
        {
            verdi = null;
            feil = $"Ugyldig {navn} {Sitat.Av(s)}: må være 1–{MaksLengde} sifre";
            return false;
        }

        verdi = tekst.Length == s.Length ? s : tekst.ToString();
        feil = null;
        return true;
    }

    /// <summary>Leser <paramref name="antall"/> ASCII-sifre fra <paramref name="fra"/> som et tall.</summary>
    public static bool TryLesTall(ReadOnlySpan<char> tekst, int fra, int antall, out int tall)
    {
        tall = 0;
        if (fra + antall > tekst.Length)
        {
            return false;
        }

        foreach (var c in tekst.Slice(fra, antall))
        {
            if (!char.IsAsciiDigit(c))
            {
                tall = 0;
                return false;
            }

            tall = (tall * 10) + (c - '0');
        }

        return true;
    }
}

using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Kjoretoyregister.Contracts;

/// <summary>
/// Et kjennemerke (skilt). Store og små bokstaver, mellomrom og bindestrek betyr ikke noe for
/// hvilket kjennemerke det er: <c>br12345</c>, <c>BR 12345</c> og <c>BR-12345</c> er det samme.
/// </summary>
/// <remarks>
/// Likhet avgjøres av <see cref="Sokenokkel"/> alene. <see cref="Visning"/> er formen SVV skriver:
/// ordinære kjennemerker (1–2 bokstaver og 4–5 sifre) som bokstaver, ett mellomrom og sifre
/// (<c>BR 12345</c>); andre kjennemerker, for eksempel personlige, som søkenøkkelen (<c>SOLSKIN</c>).
/// </remarks>
public readonly record struct Kjennemerke : IIdentifikator<Kjennemerke>
{
    private const int MinLengde = 2;
    private const int MaksLengde = 10;

    private readonly string? _sokenokkel;
    private readonly string? _visning;

    private Kjennemerke(string sokenokkel)
    {
        _sokenokkel = sokenokkel;
        _visning = LagVisning(sokenokkel);
    }

    /// <summary>Store bokstaver uten mellomrom og bindestrek, f.eks. <c>BR12345</c>.</summary>
    public string Sokenokkel => _sokenokkel ?? "";

    /// <summary>Kanonisk visningsform, f.eks. <c>BR 12345</c> eller <c>SOLSKIN</c>.</summary>
    public string Visning => _visning ?? "";

    public static Kjennemerke Parse(string s, IFormatProvider? provider = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        return TryParse(s, out var resultat, out var feil) ? resultat : throw new FormatException(feil);
    }

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Kjennemerke result) =>
        TryParse(s, out result, out _);

    public static bool TryParse([NotNullWhen(true)] string? s, out Kjennemerke result, [NotNullWhen(false)] out string? feil)
    {
        result = default;
        if (s is null)
        {
            feil = "Kjennemerke mangler";
            return false;
        }

        var tekst = NfcForm(s);
        Span<char> tegn = stackalloc char[MaksLengde];
        var lengde = 0;
        foreach (var c in tekst)
        {
            if (c is ' ' or '-')
            {
                continue;
            }

            var stor = TilStorBokstav(c);
            if (stor == '\0')
            {
                feil = $"Ugyldig kjennemerke {Sitat.Av(s)}: kun bokstavene A–Å og sifre er tillatt";
                return false;
            }

            if (lengde == MaksLengde)
            {
                feil = $"Ugyldig kjennemerke {Sitat.Av(s)}: kan ha høyst {MaksLengde} bokstaver og sifre";
                return false;
            }

            tegn[lengde++] = stor;
        }

        if (lengde < MinLengde)
        {
            feil = $"Ugyldig kjennemerke {Sitat.Av(s)}: må ha minst {MinLengde} bokstaver og sifre";
            return false;
        }

        result = new Kjennemerke(tegn[..lengde].ToString());
        feil = null;
        return true;
    }

    /// <summary>
    /// Gir søkenøkkelformen (store bokstaver, uten mellomrom og bindestrek) uten å validere,
    /// for kjennemerker som allerede er lagret.
    /// </summary>
    public static string Normaliser(string s)
    {
        ArgumentNullException.ThrowIfNull(s);

        var tekst = NfcForm(s);
        var bygger = new StringBuilder(tekst.Length);
        foreach (var c in tekst)
        {
            if (c is not (' ' or '-'))
            {
                bygger.Append(char.ToUpperInvariant(c));
            }
        }

        return bygger.ToString();
    }

    public bool Equals(Kjennemerke other) => string.Equals(Sokenokkel, other.Sokenokkel, StringComparison.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Sokenokkel);

    public override string ToString() => Visning;

    // Å skrevet som A + kombinerende ring (NFD, f.eks. fra macOS) gjøres om til ett tegn.
    private static string NfcForm(string s) =>
        s.AsSpan().ContainsAnyExceptInRange('\0', '\u007F') && !s.IsNormalized(NormalizationForm.FormC)
            ? s.Normalize(NormalizationForm.FormC)
            : s;

    /// <summary>Gir tegnet som stor bokstav eller siffer, eller <c>'\0'</c> når det ikke er tillatt.</summary>
    private static char TilStorBokstav(char c) => c switch
    {
        >= 'A' and <= 'Z' or >= '0' and <= '9' or 'Æ' or 'Ø' or 'Å' => c,
        >= 'a' and <= 'z' => (char)(c - ('a' - 'A')),
        'æ' => 'Æ',
        'ø' => 'Ø',
        'å' => 'Å',
        _ => '\0',
    };

    private static string LagVisning(string sokenokkel)
    {
        var bokstaver = 0;
        while (bokstaver < sokenokkel.Length && !char.IsAsciiDigit(sokenokkel[bokstaver]))
        {
            bokstaver++;
        }

        var sifre = sokenokkel.Length - bokstaver;
        var ordinaer = bokstaver is >= 1 and <= 2
            && sifre is >= 4 and <= 5
            && sokenokkel.AsSpan(bokstaver).ContainsAnyExceptInRange('0', '9') is false;

        return ordinaer ? sokenokkel.Insert(bokstaver, " ") : sokenokkel;
    }
}

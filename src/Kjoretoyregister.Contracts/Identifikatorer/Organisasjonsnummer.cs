using System.Diagnostics.CodeAnalysis;

namespace Kjoretoyregister.Contracts;

/// <summary>
/// Et organisasjonsnummer fra Enhetsregisteret: 9 sifre der det siste er et mod 11-kontrollsiffer
/// (vekter 3, 2, 7, 6, 5, 4, 3, 2).
/// </summary>
public readonly record struct Organisasjonsnummer : IIdentifikator<Organisasjonsnummer>
{
    private const int Lengde = 9;

    private static ReadOnlySpan<byte> Vekter => [3, 2, 7, 6, 5, 4, 3, 2];

    private readonly string? _verdi;

    private Organisasjonsnummer(string verdi) => _verdi = verdi;

    /// <summary>De 9 sifrene slik de ble gitt.</summary>
    public string Verdi => _verdi ?? "";

    public static Organisasjonsnummer Parse(string s, IFormatProvider? provider = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        return TryParse(s, out var resultat, out var feil) ? resultat : throw new FormatException(feil);
    }

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Organisasjonsnummer result) =>
        TryParse(s, out result, out _);

    public static bool TryParse([NotNullWhen(true)] string? s, out Organisasjonsnummer result, [NotNullWhen(false)] out string? feil)
    {
        result = default;
        var tekst = s.AsSpan().Trim();
        if (s is null || !Tegn.ErSifre(tekst, Lengde, Lengde))
        {
            feil = $"Ugyldig organisasjonsnummer {Sitat.Av(s)}: må være {Lengde} sifre";
            return false;
        }

        if (!KontrollsifferStemmer(tekst))
        {
            feil = $"Ugyldig organisasjonsnummer {Sitat.Av(s)}: kontrollsifferet stemmer ikke";
            return false;
        }

        result = new Organisasjonsnummer(tekst.Length == s.Length ? s : tekst.ToString());
        feil = null;
        return true;
    }

    public override string ToString() => Verdi;

    private static bool KontrollsifferStemmer(ReadOnlySpan<char> sifre)
    {
        var sum = 0;
        for (var i = 0; i < Vekter.Length; i++)
        {
            sum += Vekter[i] * (sifre[i] - '0');
        }

        var kontroll = 11 - (sum % 11);
        if (kontroll == 11)
        {
            kontroll = 0;
        }

        return kontroll != 10 && kontroll == sifre[8] - '0';
    }
}

using System.Diagnostics.CodeAnalysis;

namespace Kjoretoyregister.Contracts;

/// <summary>
/// Et fødselsnummer eller D-nummer: 11 sifre der begge mod 11-kontrollsifrene stemmer.
/// Syntetiske testnumre (måned + 40 og måned + 80, Skatteetatens Tenor) er gyldige, og første
/// kontrollsiffer følger 2032-regelen: vektet sum pluss sifferet kan gi rest 0, 1, 2 eller 3 ved
/// deling på 11.
/// </summary>
/// <remarks>
/// Et fødselsnummer er en personopplysning og skal aldri logges, heller ikke via
/// <see cref="ToString"/> eller en feilmelding. Feilmeldingene fra <see cref="Parse"/> og
/// <see cref="TryParse(string?, out Fodselsnummer, out string?)"/> gjengir derfor ikke verdien.
/// </remarks>
public readonly record struct Fodselsnummer : IIdentifikator<Fodselsnummer>
{
    private const int Lengde = 11;
    private const string Ugyldig = "Ugyldig fødselsnummer";

    private static ReadOnlySpan<byte> VekterK1 => [3, 7, 6, 1, 8, 9, 4, 5, 2];

    private static ReadOnlySpan<byte> VekterK2 => [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

    private readonly string? _verdi;

    private Fodselsnummer(string verdi) => _verdi = verdi;

    /// <summary>De 11 sifrene slik de ble gitt.</summary>
    /// <remarks>Skal aldri logges.</remarks>
    public string Verdi => _verdi ?? "";

    /// <summary>Sann for et D-nummer (første siffer 4–7: dag + 40).</summary>
    public bool ErDNummer => _verdi is not null && _verdi[0] >= '4';

    /// <summary>Sann for et syntetisk nummer (måned + 40 eller måned + 80).</summary>
    public bool ErSyntetisk => _verdi is not null && _verdi[2] >= '4';

    /// <summary>
    /// Fødselsdatoen nummeret viser til, med dag og måned justert for D-nummer og syntetiske numre og
    /// århundret utledet av individnummeret (siffer 7–9). <see langword="null"/> når århundret ikke kan
    /// utledes eller datoen ikke finnes i kalenderen.
    /// </summary>
    public DateOnly? Fodselsdato => _verdi is null ? null : UtledFodselsdato(_verdi);

    public static Fodselsnummer Parse(string s, IFormatProvider? provider = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        return TryParse(s, out var resultat, out var feil) ? resultat : throw new FormatException(feil);
    }

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Fodselsnummer result) =>
        TryParse(s, out result, out _);

    /// <param name="s">Teksten som skal tolkes; mellomrom rundt sifrene fjernes.</param>
    /// <param name="result">Fødselsnummeret når teksten er gyldig.</param>
    /// <param name="feil">Grunnen når teksten er ugyldig; den gjengir ikke verdien.</param>
    public static bool TryParse([NotNullWhen(true)] string? s, out Fodselsnummer result, [NotNullWhen(false)] out string? feil)
    {
        result = default;
        var tekst = s.AsSpan().Trim();
        if (s is null || !Tegn.ErSifre(tekst, Lengde, Lengde))
        {
            feil = $"{Ugyldig}: må være {Lengde} sifre";
            return false;
        }

        if (!(JustertDag(tekst) is >= 1 and <= 31 && JustertManed(tekst) is >= 1 and <= 12))
        {
            feil = $"{Ugyldig}: de seks første sifrene er ikke en gyldig dato";
            return false;
        }

        if (!KontrollsifreStemmer(tekst))
        {
            feil = $"{Ugyldig}: kontrollsifrene stemmer ikke";
            return false;
        }

        result = new Fodselsnummer(tekst.Length == s.Length ? s : tekst.ToString());
        feil = null;
        return true;
    }

    /// <summary>Gir <see cref="Verdi"/>.</summary>
    /// <remarks>Et fødselsnummer skal aldri logges: ikke bruk dette i loggmeldinger.</remarks>
    public override string ToString() => Verdi;

    private static int Tall(ReadOnlySpan<char> sifre, int fra) => ((sifre[fra] - '0') * 10) + (sifre[fra + 1] - '0');

    private static int JustertDag(ReadOnlySpan<char> sifre)
    {
        var dag = Tall(sifre, 0);
        return dag >= 40 ? dag - 40 : dag;
    }

    private static int JustertManed(ReadOnlySpan<char> sifre)
    {
        var maned = Tall(sifre, 2);
        return maned switch
        {
            >= 80 => maned - 80,
            >= 40 => maned - 40,
            _ => maned,
        };
    }

    private static bool KontrollsifreStemmer(ReadOnlySpan<char> sifre)
    {
        var sum1 = 0;
        for (var i = 0; i < VekterK1.Length; i++)
        {
            sum1 += VekterK1[i] * (sifre[i] - '0');
        }

        // 2032-regelen: rest 0 er den klassiske regelen, 1–3 er de nye tillatte verdiene.
        if ((sum1 + (sifre[9] - '0')) % 11 > 3)
        {
            return false;
        }

        var sum2 = 0;
        for (var i = 0; i < VekterK2.Length; i++)
        {
            sum2 += VekterK2[i] * (sifre[i] - '0');
        }

        var k2 = 11 - (sum2 % 11);
        if (k2 == 11)
        {
            k2 = 0;
        }

        return k2 != 10 && k2 == sifre[10] - '0';
    }

    private static DateOnly? UtledFodselsdato(string verdi)
    {
        var sifre = verdi.AsSpan();
        var aar = Tall(sifre, 4);
        var individnummer = (Tall(sifre, 6) * 10) + (sifre[8] - '0');
        int? hundre = individnummer switch
        {
            <= 499 => 1900,
            <= 749 when aar >= 54 => 1800,
            >= 500 when aar <= 39 => 2000,
            >= 900 when aar >= 40 => 1900,
            _ => null,
        };

        if (hundre is null)
        {
            return null;
        }

        var helAar = hundre.Value + aar;
        var maned = JustertManed(sifre);
        var dag = JustertDag(sifre);
        return maned is >= 1 and <= 12 && dag >= 1 && dag <= DateTime.DaysInMonth(helAar, maned)
            ? new DateOnly(helAar, maned, dag)
            : null;
    }
}

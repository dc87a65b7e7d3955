using System.Diagnostics.CodeAnalysis;

namespace Kjoretoyregister.Contracts;

/// <summary>
/// Et understellsnummer (VIN, chassisnummer): 1–25 bokstaver A–Z og sifre, lagret med store bokstaver.
/// </summary>
/// <remarks>
/// Kontrollsifferet i ISO 3779 sjekkes med vilje ikke: ekte europeiske understellsnumre og SVVs
/// testdata oppfyller det ofte ikke.
/// </remarks>
public readonly record struct Understellsnummer : IIdentifikator<Understellsnummer>
{
    private const int MaksLengde = 25;

    private readonly string? _verdi;

    private Understellsnummer(string verdi) => _verdi = verdi;

    /// <summary>Understellsnummeret uten omkringliggende mellomrom, med store bokstaver.</summary>
    public string Verdi => _verdi ?? "";

    public static Understellsnummer Parse(string s, IFormatProvider? provider = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        return TryParse(s, out var resultat, out var feil) ? resultat : throw new FormatException(feil);
    }

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Understellsnummer result) =>
        TryParse(s, out result, out _);

    public static bool TryParse([NotNullWhen(true)] string? s, out Understellsnummer result, [NotNullWhen(false)] out string? feil)
    {
        result = default;
        var tekst = s.AsSpan().Trim();
        if (tekst.IsEmpty)
        {
            feil = $"Ugyldig understellsnummer {Sitat.Av(s)}: kan ikke være tomt";
            return false;
        }

        if (!Tegn.ErAsciiBokstaverOgSifre(tekst))
        {
            feil = $"Ugyldig understellsnummer {Sitat.Av(s)}: kun bokstavene A–Z og sifre er tillatt";
            return false;
        }

        if (tekst.Length > MaksLengde)
        {
            feil = $"Ugyldig understellsnummer {Sitat.Av(s)}: kan ha høyst {MaksLengde} tegn";
            return false;
        }

        Span<char> store = stackalloc char[MaksLengde];
        tekst.ToUpperInvariant(store);
        result = new Understellsnummer(store[..tekst.Length].ToString());
        feil = null;
        return true;
    }

    public override string ToString() => Verdi;
}

using System.Diagnostics.CodeAnalysis;

namespace Kjoretoyregister.Contracts;

/// <summary>Id-en til et prøvekjennemerke (prkid): 1–20 sifre. Mellomrom rundt verdien fjernes; ellers beholdes den som gitt, også innledende nuller.</summary>
public readonly record struct Prkid : IIdentifikator<Prkid>
{
    private readonly string? _verdi;

    private Prkid(string verdi) => _verdi = verdi;

    public string Verdi => _verdi ?? "";

    public static Prkid Parse(string s, IFormatProvider? provider = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        return TryParse(s, out var resultat, out var feil) ? resultat : throw new FormatException(feil);
    }

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Prkid result) =>
        TryParse(s, out result, out _);

    public static bool TryParse([NotNullWhen(true)] string? s, out Prkid result, [NotNullWhen(false)] out string? feil)
    {
        var gyldig = Tegn.TryLesSifferId(s, "prkid", out var verdi, out feil);
        result = gyldig ? new Prkid(verdi!) : default;
        return gyldig;
    }

    public override string ToString() => Verdi;
}

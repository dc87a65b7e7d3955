using System.Diagnostics.CodeAnalysis;

namespace Kjoretoyregister.Contracts;

/// <summary>SVVs id for et kjøretøy (kuid): 1–20 sifre. Mellomrom rundt verdien fjernes; ellers beholdes den som gitt, også innledende nuller.</summary>
public readonly record struct Kuid : IIdentifikator<Kuid>
{
    private readonly string? _verdi;

    private Kuid(string verdi) => _verdi = verdi;

    public string Verdi => _verdi ?? "";

    public static Kuid Parse(string s, IFormatProvider? provider = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        return TryParse(s, out var resultat, out var feil) ? resultat : throw new FormatException(feil);
    }

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Kuid result) =>
        TryParse(s, out result, out _);

    public static bool TryParse([NotNullWhen(true)] string? s, out Kuid result, [NotNullWhen(false)] out string? feil)
    {
        var gyldig = Tegn.TryLesSifferId(s, "kuid", out var verdi, out feil);
        result = gyldig ? new Kuid(verdi!) : default;
        return gyldig;
    }

    public override string ToString() => Verdi;
}

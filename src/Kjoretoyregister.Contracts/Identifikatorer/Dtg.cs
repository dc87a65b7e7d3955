using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Kjoretoyregister.Contracts;

/// <summary>
/// Et tidspunkt for oppslag (<c>dtg</c>): ISO 8601 eller en militær datotidsgruppe.
/// </summary>
/// <remarks>
/// <para>
/// ISO 8601: <c>yyyy-MM-ddTHH:mm[:ss[.f…]]</c> fulgt av <c>Z</c>, <c>±HH:mm</c>, <c>±HHmm</c> eller
/// ingenting. Brøkdelen av sekundet kan ha så mange sifre som helst; det som er finere enn 100 ns
/// (7 sifre) kuttes bort. Uten forskyvning er tidspunktet norsk tid (Europe/Oslo): et klokkeslett som
/// ikke finnes fordi klokken ble stilt fram til sommertid, er en feil; et klokkeslett som finnes to
/// ganger fordi klokken ble stilt tilbake, betyr det første av de to øyeblikkene (sommertid, +02:00).
/// </para>
/// <para>
/// Datotidsgruppe: <c>DDHHMM[SS]&lt;sone&gt; MND ÅÅ</c>, f.eks. <c>151600A NOV 18</c>. Sonen er
/// Z (UTC), A (UTC+1) eller B (UTC+2); måneden er engelsk eller norsk forkortelse (JAN … MAY/MAI …
/// OCT/OKT … DEC/DES), uavhengig av store og små bokstaver; mellomrommene kan sløyfes. Året ÅÅ
/// 00–79 er 2000–2079 og 80–99 er 1980–1999.
/// </para>
/// <para>Likhet gjelder øyeblikket: samme tidspunkt med ulik forskyvning er likt.</para>
/// </remarks>
public readonly record struct Dtg : IIdentifikator<Dtg>
{
    internal const string ForventetFormat =
        "forventet ISO 8601-tidspunkt (f.eks. 2018-11-15T23:00:00.000+01:00) eller datotidsgruppe (f.eks. 151600A NOV 18)";

    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffzzz";

    public Dtg(DateTimeOffset tidspunkt) => Tidspunkt = tidspunkt;

    /// <summary>Øyeblikket, med forskyvningen som ble gitt (norsk tid når ingen ble gitt).</summary>
    public DateTimeOffset Tidspunkt { get; }

    public static Dtg Parse(string s, IFormatProvider? provider = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        return TryParse(s, out var resultat, out var feil) ? resultat : throw new FormatException(feil);
    }

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Dtg result) =>
        TryParse(s, out result, out _);

    public static bool TryParse([NotNullWhen(true)] string? s, out Dtg result, [NotNullWhen(false)] out string? feil)
    {
        result = default;
        if (s is null)
        {
            feil = "Dtg mangler";
            return false;
        }

        var tekst = s.AsSpan().Trim();
        var sifre = tekst.IndexOfAnyExceptInRange('0', '9');
        if (sifre < 0)
        {
            sifre = tekst.Length;
        }

        string? grunn;
        DateTimeOffset tidspunkt;
        var tolket = sifre switch
        {
            4 when tekst.Length > 4 && tekst[4] == '-' => IsoTidspunkt.TryTolk(tekst, out tidspunkt, out grunn),
            6 or 8 => Datotidsgruppe.TryTolk(tekst, sifre, out tidspunkt, out grunn),
            _ => Ukjent(out tidspunkt, out grunn),
        };

        if (!tolket)
        {
            feil = $"Ugyldig dtg {Sitat.Av(s)}: {grunn}";
            return false;
        }

        result = new Dtg(tidspunkt);
        feil = null;
        return true;
    }

    /// <summary>Tidspunktet som ISO 8601 med millisekunder og forskyvning, f.eks. <c>2018-11-15T23:00:00.000+01:00</c>.</summary>
    public override string ToString() => Tidspunkt.ToString(Format, CultureInfo.InvariantCulture);

    private static bool Ukjent(out DateTimeOffset tidspunkt, out string? grunn)
    {
        tidspunkt = default;
        grunn = ForventetFormat;
        return false;
    }
}

using System.Text;

namespace Kjoretoyregister.Register.Import;

/// <summary>
/// The phonetic key of a Norwegian name word ("navnelyd"), our own small algorithm (docs/eiersok.md):
/// the word is read left to right and at each place the first rule of <see cref="Regler"/> that
/// matches there is applied (a rule marked <see cref="Plass.Start"/> only at the start of the word,
/// <see cref="Plass.Slutt"/> only at its end); a letter no rule matches is kept. Then every run of the
/// same letter becomes one letter. Kristiansen and Christiansen, Hansen and Hanssen, Aas, Ås and Os get
/// the same key.
/// </summary>
internal static class Navnefonetikk
{
    /// <summary>Where in the word a rule may match.</summary>
    public enum Plass
    {
        Hvor,
        Start,
        Slutt,
    }

    /// <summary>The rewrite rules, tried in this order at each place of the word.</summary>
    public static IReadOnlyList<(string Fra, string Til, Plass Plass)> Regler { get; } =
    [
        ("SCH", "SK", Plass.Hvor),
        ("CH", "K", Plass.Hvor),
        ("CK", "K", Plass.Hvor),
        ("CE", "SE", Plass.Hvor),
        ("CI", "SI", Plass.Hvor),
        ("CY", "SY", Plass.Hvor),
        ("C", "K", Plass.Hvor),
        ("PH", "F", Plass.Hvor),
        ("TH", "T", Plass.Hvor),
        ("HJ", "J", Plass.Start),
        ("HV", "V", Plass.Start),
        ("AA", "O", Plass.Hvor),
        ("Å", "O", Plass.Hvor),
        ("EI", "EI", Plass.Hvor),
        ("IE", "I", Plass.Hvor),
        ("EY", "EI", Plass.Hvor),
        ("SØN", "SEN", Plass.Slutt),
        ("SON", "SEN", Plass.Slutt),
        ("DT", "T", Plass.Slutt),
        ("W", "V", Plass.Hvor),
        ("Z", "S", Plass.Hvor),
        ("Q", "K", Plass.Hvor),
        ("X", "KS", Plass.Hvor),
        ("Ä", "Æ", Plass.Hvor),
        ("Ö", "Ø", Plass.Hvor),
        ("Ü", "Y", Plass.Hvor),
        ("É", "E", Plass.Hvor),
        ("È", "E", Plass.Hvor),
        ("Ê", "E", Plass.Hvor),
    ];

    /// <summary>The key of one name word (any case); empty for an empty word.</summary>
    public static string Nokkel(string ord)
    {
        ArgumentNullException.ThrowIfNull(ord);
        var stor = ord.ToUpperInvariant();
        var omskrevet = new StringBuilder(stor.Length + 2);
        var i = 0;
        while (i < stor.Length)
        {
            var regel = Regler.FirstOrDefault(r => Passer(stor, i, r.Fra, r.Plass));
            if (regel.Fra is null)
            {
                omskrevet.Append(stor[i]);
                i++;
                continue;
            }

            omskrevet.Append(regel.Til);
            i += regel.Fra.Length;
        }

        var nokkel = new StringBuilder(omskrevet.Length);
        foreach (var tegn in omskrevet.ToString())
        {
            if (nokkel.Length == 0 || nokkel[^1] != tegn)
            {
                nokkel.Append(tegn);
            }
        }

        return nokkel.ToString();
    }

    private static bool Passer(string ord, int i, string fra, Plass plass) =>
        i + fra.Length <= ord.Length
        && string.CompareOrdinal(ord, i, fra, 0, fra.Length) == 0
        && plass switch
        {
            Plass.Start => i == 0,
            Plass.Slutt => i + fra.Length == ord.Length,
            _ => true,
        };
}

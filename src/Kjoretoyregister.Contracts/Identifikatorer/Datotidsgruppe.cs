namespace Kjoretoyregister.Contracts;

/// <summary>
/// Tolker den militære formen av <see cref="Dtg"/>: <c>DDHHMM[SS]&lt;sone&gt; MND ÅÅ</c>, f.eks. <c>151600A NOV 18</c>.
/// </summary>
internal static class Datotidsgruppe
{
    private const string UgyldigForm = "forventet datotidsgruppe DDTTMM[SS]<sone> MND ÅÅ (f.eks. 151600A NOV 18)";

    /// <summary>
    /// Tolker <paramref name="t"/> (uten mellomrom rundt), som begynner med <paramref name="sifre"/>
    /// sifre: 6 (DDHHMM) eller 8 (DDHHMMSS).
    /// </summary>
    public static bool TryTolk(ReadOnlySpan<char> t, int sifre, out DateTimeOffset tidspunkt, out string? grunn)
    {
        tidspunkt = default;
        Tegn.TryLesTall(t, 0, 2, out var dag);
        Tegn.TryLesTall(t, 2, 2, out var time);
        Tegn.TryLesTall(t, 4, 2, out var minutt);
        var sekund = 0;
        if (sifre == 8)
        {
            Tegn.TryLesTall(t, 6, 2, out sekund);
        }

        if (t.Length == sifre || !char.IsAsciiLetter(t[sifre]))
        {
            grunn = $"sonebokstav mangler; {UgyldigForm}";
            return false;
        }

        var sone = char.ToUpperInvariant(t[sifre]);
        int? timerForanUtc = sone switch
        {
            'Z' => 0,
            'A' => 1,
            'B' => 2,
            _ => null,
        };

        if (timerForanUtc is null)
        {
            grunn = $"ukjent sone '{t[sifre]}'; bare Z (UTC), A (UTC+1) og B (UTC+2) er tillatt";
            return false;
        }

        var rest = t[(sifre + 1)..].TrimStart(' ');
        if (rest.Length < 3 || !char.IsAsciiLetter(rest[0]) || !char.IsAsciiLetter(rest[1]) || !char.IsAsciiLetter(rest[2]))
        {
            grunn = UgyldigForm;
            return false;
        }

        var maned = Maned(rest[..3]);
        if (maned == 0)
        {
            grunn = $"ukjent måned '{rest[..3].ToString()}'; bruk JAN–DES på norsk eller engelsk";
            return false;
        }

        rest = rest[3..].TrimStart(' ');
        if (rest.Length != 2 || !Tegn.TryLesTall(rest, 0, 2, out var aarssifre))
        {
            grunn = UgyldigForm;
            return false;
        }

        // ÅÅ 00–79 er 2000-tallet og 80–99 er 1900-tallet.
        var aar = aarssifre <= 79 ? 2000 + aarssifre : 1900 + aarssifre;
        if (dag < 1 || dag > DateTime.DaysInMonth(aar, maned))
        {
            grunn = "datoen finnes ikke";
            return false;
        }

        if (time > 23 || minutt > 59 || sekund > 59)
        {
            grunn = "klokkeslettet er ugyldig";
            return false;
        }

        var lokal = new DateTime(aar, maned, dag, time, minutt, sekund, DateTimeKind.Unspecified);
        return Oyeblikk.TryLag(lokal, TimeSpan.FromHours(timerForanUtc.Value), out tidspunkt, out grunn);
    }

    /// <summary>Månedens nummer for en engelsk eller norsk forkortelse med ASCII-bokstaver, ellers 0.</summary>
    private static int Maned(ReadOnlySpan<char> navn)
    {
        Span<char> store = stackalloc char[3];
        for (var i = 0; i < store.Length; i++)
        {
            store[i] = char.ToUpperInvariant(navn[i]);
        }

        return store switch
        {
            "JAN" => 1,
            "FEB" => 2,
            "MAR" => 3,
            "APR" => 4,
            "MAY" or "MAI" => 5,
            "JUN" => 6,
            "JUL" => 7,
            "AUG" => 8,
            "SEP" => 9,
            "OCT" or "OKT" => 10,
            "NOV" => 11,
            "DEC" or "DES" => 12,
            _ => 0,
        };
    }
}

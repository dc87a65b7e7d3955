namespace Kjoretoyregister.Register.Syntetisk;

/// <summary>
/// The generator's clock: whole minutes of Norwegian wall-clock time since 1900-01-01 00:00, written
/// as RFC 3339 with the offset that Europe/Oslo (<see cref="Contracts.NorskTid.Oslo"/>, TimeZoneInfo)
/// gives that moment. Generated times are either midnight or
/// between 07:00 and 21:00, never in the hour that daylight saving skips or repeats, so wall-clock
/// order is instant order and every wall-clock time has exactly one offset.
/// </summary>
internal static class Oslotid
{
    public const int MinutterPerDag = 1440;
    public const int TidspunktLengde = 25;
    public const int DatoLengde = 10;

    private const int ForsteAr = 1900;
    private const int SisteAr = 2100;

    private static readonly int EpokeDagnummer = new DateOnly(ForsteAr, 1, 1).DayNumber;
    private static readonly Lazy<Forskyvninger> Tabell = new(LagTabell);

    /// <summary>Days since 1900-01-01.</summary>
    public static int Dag(DateOnly dato) => dato.DayNumber - EpokeDagnummer;

    public static DateOnly Dato(int dag) => DateOnly.FromDayNumber(EpokeDagnummer + dag);

    public static int Dag(int ar, int maned, int dag) => Dag(new DateOnly(ar, maned, dag));

    /// <summary>The Norwegian wall-clock minute of an instant (rounded down).</summary>
    public static int Minutt(DateTimeOffset tidspunkt)
    {
        var lokal = TimeZoneInfo.ConvertTime(tidspunkt, Tabell.Value.Sone).DateTime;
        return (Dag(DateOnly.FromDateTime(lokal)) * MinutterPerDag) + (lokal.Hour * 60) + lokal.Minute;
    }

    /// <summary>A working-hours time (08:00–15:59) on <paramref name="dag"/>.</summary>
    public static int Arbeidstid(int dag, SplitMix64 tilfeldig) => (dag * MinutterPerDag) + 480 + tilfeldig.Next(480);

    /// <summary>Checks that the time zone data is there before any line is written.</summary>
    public static void Klargjor() => _ = Tabell.Value;

    /// <summary>Writes e.g. <c>2017-06-06T00:00:00+02:00</c> (25 bytes).</summary>
    public static void SkrivTidspunkt(int minutt, Span<byte> ut)
    {
        var dag = minutt / MinutterPerDag;
        var iDagen = minutt - (dag * MinutterPerDag);
        SkrivDato(dag, ut);
        ut[10] = (byte)'T';
        To(ut[11..], iDagen / 60);
        ut[13] = (byte)':';
        To(ut[14..], iDagen % 60);
        ut[16] = (byte)':';
        ut[17] = (byte)'0';
        ut[18] = (byte)'0';
        var tabell = Tabell.Value;
        var indeks = dag - tabell.ForsteDag;
        int forskyvning = iDagen < 180 ? tabell.Midnatt[indeks] : tabell.Dagtid[indeks];
        ut[19] = forskyvning < 0 ? (byte)'-' : (byte)'+';
        forskyvning = Math.Abs(forskyvning);
        To(ut[20..], forskyvning / 60);
        ut[22] = (byte)':';
        To(ut[23..], forskyvning % 60);
    }

    /// <summary>Writes e.g. <c>2017-06-06</c> (10 bytes).</summary>
    public static void SkrivDato(int dag, Span<byte> ut)
    {
        var (ar, maned, dagIManeden) = Dato(dag);
        To(ut, ar / 100);
        To(ut[2..], ar % 100);
        ut[4] = (byte)'-';
        To(ut[5..], maned);
        ut[7] = (byte)'-';
        To(ut[8..], dagIManeden);
    }

    private static void To(Span<byte> ut, int verdi)
    {
        ut[0] = (byte)('0' + (verdi / 10));
        ut[1] = (byte)('0' + (verdi % 10));
    }

    private static Forskyvninger LagTabell()
    {
        var sone = Contracts.NorskTid.Oslo;
        var forste = Dag(ForsteAr, 1, 1);
        var antall = Dag(SisteAr + 1, 1, 1) - forste;
        var midnatt = new short[antall];
        var dagtid = new short[antall];
        for (var i = 0; i < antall; i++)
        {
            var dato = Dato(forste + i).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
            midnatt[i] = (short)sone.GetUtcOffset(dato).TotalMinutes;
            dagtid[i] = (short)sone.GetUtcOffset(dato.AddHours(12)).TotalMinutes;
        }

        return new Forskyvninger(sone, forste, midnatt, dagtid);
    }

    private sealed record Forskyvninger(TimeZoneInfo Sone, int ForsteDag, short[] Midnatt, short[] Dagtid);
}

namespace Kjoretoyregister.Contracts;

/// <summary>Tolker ISO 8601-formen av <see cref="Dtg"/>: <c>yyyy-MM-ddTHH:mm[:ss[.f…]][Z|±HH:mm|±HHmm]</c>.</summary>
internal static class IsoTidspunkt
{
    private const int SifreITick = 7;

    public static bool TryTolk(ReadOnlySpan<char> t, out DateTimeOffset tidspunkt, out string? grunn)
    {
        tidspunkt = default;
        if (t.Length < 16 || t[4] != '-' || t[7] != '-' || t[10] is not ('T' or 't') || t[13] != ':'
            || !Tegn.TryLesTall(t, 0, 4, out var aar) || !Tegn.TryLesTall(t, 5, 2, out var maned) || !Tegn.TryLesTall(t, 8, 2, out var dag)
            || !Tegn.TryLesTall(t, 11, 2, out var time) || !Tegn.TryLesTall(t, 14, 2, out var minutt))
        {
            grunn = t.Length == 10 ? "klokkeslett mangler" : Dtg.ForventetFormat;
            return false;
        }

        var pos = 16;
        var sekund = 0;
        long brokTicks = 0;
        if (pos < t.Length && t[pos] == ':')
        {
            if (!Tegn.TryLesTall(t, pos + 1, 2, out sekund))
            {
                grunn = Dtg.ForventetFormat;
                return false;
            }

            pos += 3;
            if (pos < t.Length && t[pos] == '.')
            {
                pos++;
                var antall = 0;
                while (pos < t.Length && char.IsAsciiDigit(t[pos]))
                {
                    if (antall < SifreITick)
                    {
                        brokTicks = (brokTicks * 10) + (t[pos] - '0');
                    }

                    antall++;
                    pos++;
                }

                if (antall == 0)
                {
                    grunn = "brøkdelen av sekundet mangler sifre";
                    return false;
                }

                for (var i = antall; i < SifreITick; i++)
                {
                    brokTicks *= 10;
                }
            }
        }

        if (!TryLesForskyvning(t[pos..], out var forskyvning, out grunn))
        {
            return false;
        }

        if (aar < 1 || maned is < 1 or > 12 || dag < 1 || dag > DateTime.DaysInMonth(aar, maned))
        {
            grunn = "datoen finnes ikke";
            return false;
        }

        if (time > 23 || minutt > 59 || sekund > 59)
        {
            grunn = "klokkeslettet er ugyldig";
            return false;
        }

        var lokal = new DateTime(aar, maned, dag, time, minutt, sekund, DateTimeKind.Unspecified).AddTicks(brokTicks);
        return forskyvning is { } gitt
            ? Oyeblikk.TryLag(lokal, gitt, out tidspunkt, out grunn)
            : Oyeblikk.TryLagNorsk(lokal, out tidspunkt, out grunn);
    }

    private static bool TryLesForskyvning(ReadOnlySpan<char> t, out TimeSpan? forskyvning, out string? grunn)
    {
        forskyvning = null;
        grunn = null;
        if (t.IsEmpty)
        {
            return true;
        }

        if (t is "Z" or "z")
        {
            forskyvning = TimeSpan.Zero;
            return true;
        }

        var fortegn = t[0] switch
        {
            '+' => 1,
            '-' => -1,
            _ => 0,
        };

        int timer = 0, minutter = 0;
        var lest = fortegn != 0 && t.Length switch
        {
            6 => t[3] == ':' && Tegn.TryLesTall(t, 1, 2, out timer) && Tegn.TryLesTall(t, 4, 2, out minutter),
            5 => Tegn.TryLesTall(t, 1, 2, out timer) && Tegn.TryLesTall(t, 3, 2, out minutter),
            _ => false,
        };

        if (!lest)
        {
            grunn = Dtg.ForventetFormat;
            return false;
        }

        if (minutter > 59 || (timer * 60) + minutter > 14 * 60)
        {
            grunn = "forskyvningen fra UTC er ugyldig";
            return false;
        }

        forskyvning = new TimeSpan(fortegn * timer, fortegn * minutter, 0);
        return true;
    }
}

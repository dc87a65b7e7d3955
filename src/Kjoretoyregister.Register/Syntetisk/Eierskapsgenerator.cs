namespace Kjoretoyregister.Register.Syntetisk;

/// <summary>
/// A vehicle's owners over time (1–5 contiguous, non-overlapping periods: persons with or without
/// a co-owner, leasing companies with a lessee, companies with an underenhet, dealers between two
/// private owners) and its periodic inspection dates.
/// </summary>
internal sealed class Eierskapsgenerator(int sisteDag, Parter parter, SplitMix64 tilfeldig)
{
    private readonly int[] byttedager = new int[4];

    /// <summary>An unregistered vehicle owned by the dealer that has it in stock.</summary>
    public static void LagForhandlerlager(KjoretoyUtkast u, int fom, Part forhandler) =>
        u.Eierskap[u.AntallEierskap++] = new Eierskapsperiode(fom, KjoretoyUtkast.Apen, forhandler, Part.Ingen, Part.Ingen, Part.Ingen);

    /// <summary>Owners from first registration until <paramref name="sluttTid"/> (open unless scrapped or exported).</summary>
    public void Lag(KjoretoyUtkast u, int forstegang, int sisteAktiveDag, int sluttTid)
    {
        var spenn = sisteAktiveDag - forstegang;
        var antallBytter = spenn < 2 ? 0 : tilfeldig.Next(Math.Clamp(1 + (spenn / 1100), 1, 5));
        for (var i = 0; i < antallBytter; i++)
        {
            // A day strictly after first registration and before the last active day.
            var dag = forstegang + 1 + tilfeldig.Next(spenn - 1);
            var j = i;
            while (j > 0 && byttedager[j - 1] > dag)
            {
                byttedager[j] = byttedager[j - 1];
                j--;
            }

            byttedager[j] = dag;
        }

        var fom = forstegang * Oslotid.MinutterPerDag;
        var fomDag = forstegang;
        var forrigeDag = -1;
        for (var i = 0; i <= antallBytter; i++)
        {
            if (i < antallBytter && byttedager[i] == forrigeDag)
            {
                continue;
            }

            var til = i < antallBytter ? Oslotid.Arbeidstid(byttedager[i], tilfeldig) : sluttTid;
            var periode = LagPeriode(u.AntallEierskap == 0, fom, til, fomDag);
            u.Eierskap[u.AntallEierskap++] = periode;
            if (i < antallBytter)
            {
                fom = til;
                fomDag = forrigeDag = byttedager[i];
            }
        }
    }

    /// <summary>Kontrollfrist 4 years after first registration, then every 2 years; a few are overdue.</summary>
    public void LagKontroll(KjoretoyUtkast u, int forstegang)
    {
        var idag = Oslotid.Dato(sisteDag);
        var frist = Oslotid.Dato(forstegang).AddYears(4);
        if (frist > idag)
        {
            u.Kontrollfrist = Oslotid.Dag(frist);
            return;
        }

        var forrige = DateOnly.MinValue;
        while (frist.AddYears(2) <= idag)
        {
            forrige = frist;
            frist = frist.AddYears(2);
        }

        if (tilfeldig.Promille(50))
        {
            // Overdue: the last deadline has passed without an approved inspection.
            u.Kontrollfrist = Oslotid.Dag(frist);
            u.SistGodkjent = forrige == DateOnly.MinValue ? -1 : Oslotid.Dag(forrige) - tilfeldig.Next(90);
            return;
        }

        u.SistGodkjent = Math.Min(Oslotid.Dag(frist) - tilfeldig.Next(90), sisteDag);
        u.Kontrollfrist = Oslotid.Dag(frist.AddYears(2));
    }

    private Eierskapsperiode LagPeriode(bool forste, int fom, int til, int dag)
    {
        var trekk = tilfeldig.Next(1000);
        if (!forste && trekk < 60)
        {
            return new Eierskapsperiode(fom, til, Parter.Forhandler(tilfeldig), Part.Ingen, Part.Ingen, Part.Ingen);
        }

        if (trekk < (forste ? 150 : 110))
        {
            return new Eierskapsperiode(fom, til, Parter.Leasingselskap(tilfeldig), Part.Ingen, parter.Person(tilfeldig, dag), Part.Ingen);
        }

        if (trekk < (forste ? 270 : 190))
        {
            var firma = Parter.Firma(tilfeldig);
            var underenhet = tilfeldig.Promille(500) ? Parter.Underenhet(firma, tilfeldig) : Part.Ingen;
            return new Eierskapsperiode(fom, til, firma, Part.Ingen, Part.Ingen, underenhet);
        }

        var eier = parter.Person(tilfeldig, dag);
        var medeier = tilfeldig.Promille(150) ? parter.Person(tilfeldig, dag) : Part.Ingen;
        return new Eierskapsperiode(fom, til, eier, medeier, Part.Ingen, Part.Ingen);
    }
}

namespace Kjoretoyregister.Register.Syntetisk;

/// <summary>
/// Fills a <see cref="KjoretoyUtkast"/> for vehicle i: identity, registration history, plates and
/// periodic inspection (ownership is <see cref="Eierskapsgenerator"/>'s). Vehicle i depends only on
/// (seed, i) and its block's plan.
/// </summary>
internal sealed class KjoretoyGenerator
{
    private const int AarsDager = 365;
    private const string Arskoder = "ABCDEFGHJKLMNPRSTVWXY123456789";
    private const string Fabrikkoder = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";

    private readonly int seed;
    private readonly int sisteDag;
    private readonly int referansear;
    private readonly int tidligsteDag;
    private readonly SplitMix64 identitet = new();
    private readonly SplitMix64 tilfeldig = new();
    private readonly Kjennemerkegenerator kjennemerker;
    private readonly Eierskapsgenerator eierskap;

    /// <summary>How many vehicles can be generated without repeating a plate.</summary>
    public long Kapasitet => kjennemerker.Kapasitet;

    public KjoretoyGenerator(int seed, int sisteDag, Parter parter)
    {
        this.seed = seed;
        this.sisteDag = sisteDag;
        referansear = Oslotid.Dato(sisteDag + 1).Year;
        tidligsteDag = Oslotid.Dag(Math.Min(1996, referansear - 26), 1, 1);
        kjennemerker = new Kjennemerkegenerator(seed, sisteDag, tilfeldig);
        eierskap = new Eierskapsgenerator(sisteDag, parter, tilfeldig);
    }

    public void Lag(long indeks, Blokkplan plan, KjoretoyUtkast u)
    {
        var offset = (int)(indeks % Blokkplan.Storrelse);
        var art = plan.Art(offset);
        var rolle = plan.Rolle(offset);
        u.Nullstill(indeks, art);
        var tvilling = rolle == Rolle.DelerUnderstellsnummer ? plan.Tvilling(offset) : -1;
        var forstegang = tvilling < 0
            ? LagIdentitet(indeks, rolle == Rolle.Uregistrert, u)
            : LagIdentitet((plan.Nummer * Blokkplan.Storrelse) + tvilling, plan.Rolle(tvilling) == Rolle.Uregistrert, u);
        tilfeldig.Start(seed, StreamKind.Kjoretoy, indeks);
        if (rolle == Rolle.Uregistrert)
        {
            var ankomst = Tidspunkt(sisteDag - tilfeldig.Next(180));
            u.LeggTilRegistrering(Registreringsstatus.Uregistrert, ankomst, KjoretoyUtkast.Apen);
            Eierskapsgenerator.LagForhandlerlager(u, ankomst, plan.Forhandler);
            plan.Kandidater.Add(indeks);
            return;
        }

        var flyttedag = plan.Flyttedag(offset);
        forstegang = rolle switch
        {
            Rolle.FlyttetFra => flyttedag - (2 * AarsDager) - tilfeldig.Next(13 * AarsDager),
            Rolle.FlyttetTil => flyttedag - tilfeldig.Next(60),
            _ => forstegang,
        };
        u.Forstegangsdag = forstegang;
        var (slutt, sluttDag) = rolle is Rolle.FlyttetFra or Rolle.FlyttetTil ? (Registreringsstatus.Registrert, -1) : VelgSlutt(forstegang);
        var sluttTid = LagRegistreringer(u, forstegang, slutt, sluttDag);
        if (slutt == Registreringsstatus.Avregistrert)
        {
            plan.Kandidater.Add(indeks);
        }

        kjennemerker.LagHovedkjennemerke(u, plan, offset, slutt, sluttTid);
        var sisteAktiveDag = sluttTid == KjoretoyUtkast.Apen ? sisteDag : sluttDag;
        kjennemerker.LagPersonlig(u, plan, offset, sisteAktiveDag, sluttTid);
        eierskap.Lag(u, forstegang, sisteAktiveDag, sluttTid);
        if (slutt == Registreringsstatus.Registrert && art is not (Kjoretoyart.Moped or Kjoretoyart.Tilhenger))
        {
            eierskap.LagKontroll(u, forstegang);
        }
    }

    /// <summary>Make, model, fuel and understellsnummer; returns the first-registration day it implies.</summary>
    private int LagIdentitet(long indeks, bool uregistrert, KjoretoyUtkast u)
    {
        identitet.Start(seed, StreamKind.Identitet, indeks);
        u.Modell = identitet.Pick(Kjoretoymodeller.For(u.Art));
        u.Drivstoff = u.Modell.Drivstoff == Drivstoff.BensinEllerDiesel
            ? (identitet.Promille(550) ? Drivstoff.Diesel : Drivstoff.Bensin)
            : u.Modell.Drivstoff;
        var arsmodell = uregistrert ? referansear
            : u.Art == Kjoretoyart.Elbil ? referansear - identitet.Next(14)
            : identitet.Promille(30) ? referansear - 30 - identitet.Next(26)
            : referansear - identitet.Next(26);
        var vin = u.Understellsnummer;
        u.Modell.Understellsprefiks.CopyTo(vin, 0);
        vin[9] = (byte)Arskoder[(((arsmodell - 1980) % 30) + 30) % 30];
        vin[10] = (byte)Fabrikkoder[identitet.Next(Fabrikkoder.Length)];
        Tekst.LeggSifre(vin, 11, identitet.Next(1_000_000), 6);
        u.Arsmodell = arsmodell;

        // Old vehicles were first registered in Norway in 1996 or later (imported or re-registered
        // classics): the offsets of earlier summers differ between time-zone databases (Windows has
        // no history before the EU rules of 1996), and the output must be the same on every machine.
        var forstegang = Oslotid.Dag(arsmodell, 1, 1) + identitet.Next(AarsDager);
        if (forstegang < tidligsteDag)
        {
            forstegang = tidligsteDag + identitet.Next(10 * AarsDager);
        }

        return Math.Min(forstegang, sisteDag - 7);
    }

    /// <summary>How the vehicle's registration ends (REGISTRERT: still registered) and on which day.</summary>
    private (Registreringsstatus Status, int Dag) VelgSlutt(int forstegang)
    {
        var alder = sisteDag - forstegang;
        if (alder < 200)
        {
            return (Registreringsstatus.Registrert, -1);
        }

        var gammel = alder > 12 * AarsDager;
        var trekk = tilfeldig.Next(1000);
        var vraket = gammel ? 350 : 40;
        var utfort = vraket + (gammel ? 60 : 40);
        var avregistrert = utfort + (gammel ? 100 : 60);
        return trekk < vraket ? (Registreringsstatus.Vraket, forstegang + 180 + tilfeldig.Next(alder - 180))
            : trekk < utfort ? (Registreringsstatus.Utfort, forstegang + 180 + tilfeldig.Next(alder - 180))
            : trekk < avregistrert ? (Registreringsstatus.Avregistrert, forstegang + 30 + tilfeldig.Next(alder - 30))
            : (Registreringsstatus.Registrert, -1);
    }

    /// <summary>Adds the registration periods; returns when the plates end (scrapped or exported) or <see cref="KjoretoyUtkast.Apen"/>.</summary>
    private int LagRegistreringer(KjoretoyUtkast u, int forstegang, Registreringsstatus slutt, int sluttDag)
    {
        var aktivTil = slutt == Registreringsstatus.Registrert ? sisteDag + 1 : sluttDag;
        var fom = forstegang * Oslotid.MinutterPerDag;
        var sisteHendelse = forstegang;
        if (aktivTil - forstegang > (3 * AarsDager) + 400 && tilfeldig.Promille(120))
        {
            // Deregistered for a season, then registered again.
            var av = forstegang + AarsDager + tilfeldig.Next(aktivTil - forstegang - AarsDager - 400);
            var pa = av + 60 + tilfeldig.Next(300);
            var avTid = Tidspunkt(av);
            u.LeggTilRegistrering(Registreringsstatus.Registrert, fom, avTid);
            fom = Tidspunkt(pa);
            u.LeggTilRegistrering(Registreringsstatus.Avregistrert, avTid, fom);
            sisteHendelse = pa;
        }

        if (slutt == Registreringsstatus.Registrert)
        {
            u.LeggTilRegistrering(Registreringsstatus.Registrert, fom, KjoretoyUtkast.Apen);
            return KjoretoyUtkast.Apen;
        }

        var sluttTid = Tidspunkt(sluttDag);
        if (slutt == Registreringsstatus.Vraket && sluttDag - sisteHendelse > 60 && tilfeldig.Promille(300))
        {
            // Deregistered first, scrapped later.
            var avTid = Tidspunkt(sluttDag - 1 - tilfeldig.Next(Math.Min(sluttDag - sisteHendelse - 1, AarsDager)));
            u.LeggTilRegistrering(Registreringsstatus.Registrert, fom, avTid);
            u.LeggTilRegistrering(Registreringsstatus.Avregistrert, avTid, sluttTid);
        }
        else
        {
            u.LeggTilRegistrering(Registreringsstatus.Registrert, fom, sluttTid);
        }

        u.LeggTilRegistrering(slutt, sluttTid, KjoretoyUtkast.Apen);
        return slutt == Registreringsstatus.Avregistrert ? KjoretoyUtkast.Apen : sluttTid;
    }

    private int Tidspunkt(int dag) => Oslotid.Arbeidstid(dag, tilfeldig);
}

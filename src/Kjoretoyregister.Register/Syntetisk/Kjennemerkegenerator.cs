using System.Text.Json;

namespace Kjoretoyregister.Register.Syntetisk;

/// <summary>
/// A vehicle's plates: its main plate from its series (KJORETOY) and, for the block's chosen
/// vehicles, a personalised plate (PERSONLIG), two of which per block move from one vehicle to
/// another: the first attachment ends on the block's moving day, the second starts a day or more later.
/// </summary>
internal sealed class Kjennemerkegenerator(int seed, int sisteDag, SplitMix64 tilfeldig)
{
    private readonly Kjennemerkeserie ordinar = Kjennemerkeserie.Ordinar(seed);
    private readonly Kjennemerkeserie el = Kjennemerkeserie.El(seed);
    private readonly Kjennemerkeserie fireSifre = Kjennemerkeserie.FireSifre(seed);
    private readonly PersonligeKjennemerker personlige = new(seed);
    private readonly int referansear = Oslotid.Dato(sisteDag + 1).Year;

    /// <summary>The main plate, from first registration until the vehicle is scrapped or exported.</summary>
    public void LagHovedkjennemerke(KjoretoyUtkast u, Blokkplan plan, int offset, Registreringsstatus slutt, int sluttTid)
    {
        var kjennemerke = u.NyttKjennemerke();
        var serienummer = plan.Serienummer(offset);
        kjennemerke.Lengde = plan.Gruppe(offset) switch
        {
            Kjennemerkegruppe.Ordinar => ordinar.Skriv(serienummer, kjennemerke.Tekst),
            Kjennemerkegruppe.El => el.Skriv(serienummer, kjennemerke.Tekst),
            _ => fireSifre.Skriv(serienummer, kjennemerke.Tekst),
        };
        kjennemerke.Personlig = false;
        kjennemerke.Type = Type(u.Art, u.Arsmodell, slutt);
        kjennemerke.Fom = u.Forstegangsdag * Oslotid.MinutterPerDag;
        kjennemerke.Til = sluttTid;
    }

    /// <summary>The personalised plate, if the vehicle's role has one and its life is long enough.</summary>
    public void LagPersonlig(KjoretoyUtkast u, Blokkplan plan, int offset, int sisteAktiveDag, int sluttTid)
    {
        var forstegang = u.Forstegangsdag;
        int fom, til;
        switch (plan.Rolle(offset))
        {
            case Rolle.FlyttetFra:
                var flyttedag = plan.Flyttedag(offset);
                fom = Oslotid.Arbeidstid(forstegang + 30 + tilfeldig.Next(flyttedag - forstegang - 330), tilfeldig);
                til = (flyttedag * Oslotid.MinutterPerDag) + 600;
                break;
            case Rolle.FlyttetTil:
                fom = Oslotid.Arbeidstid(plan.Flyttedag(offset) + 1 + tilfeldig.Next(14), tilfeldig);
                til = KjoretoyUtkast.Apen;
                break;
            case Rolle.Personlig when sisteAktiveDag - forstegang >= 120:
                var start = forstegang + 30 + tilfeldig.Next(sisteAktiveDag - forstegang - 90);
                fom = Oslotid.Arbeidstid(start, tilfeldig);
                til = tilfeldig.Promille(sluttTid == KjoretoyUtkast.Apen ? 650 : 500)
                    ? sluttTid
                    : Oslotid.Arbeidstid(start + 30 + tilfeldig.Next(sisteAktiveDag - start - 30), tilfeldig);
                break;
            default:
                return;
        }

        var kjennemerke = u.NyttKjennemerke();
        kjennemerke.Lengde = personlige.Skriv(plan.PersonligSerienummer(offset), kjennemerke.Tekst);
        kjennemerke.Personlig = true;
        kjennemerke.Type = Kodeverdi.Ordinart;
        kjennemerke.Fom = fom;
        kjennemerke.Til = til;
    }

    /// <summary>How many vehicles the plate series can serve without ever repeating a plate.</summary>
    public long Kapasitet => Math.Min(
        Math.Min(ordinar.Kapasitet / Blokkplan.Ordinare, el.Kapasitet / Blokkplan.Elektriske),
        Math.Min(fireSifre.Kapasitet / Blokkplan.Firesifrede, personlige.Kapasitet / Blokkplan.PersonligePerBlokk)) * Blokkplan.Storrelse;

    private JsonEncodedText Type(Kjoretoyart art, int arsmodell, Registreringsstatus slutt)
    {
        if (art == Kjoretoyart.Varebil && tilfeldig.Promille(300))
        {
            return Kodeverdi.VarebilKlasse2;
        }

        // Veteran plates are for vehicles at least 30 years old.
        var veteran = arsmodell <= referansear - 30 && slutt == Registreringsstatus.Registrert
            && art is (Kjoretoyart.Personbil or Kjoretoyart.Motorsykkel);
        return veteran && tilfeldig.Promille(400) ? Kodeverdi.Veteran : Kodeverdi.Ordinart;
    }
}

using Kjoretoyregister.Contracts.Svv;

namespace Kjoretoyregister.Register.Oppslag;

/// <summary>
/// The trial-plate rules of CONTRACT.md §2, in the words of the service's description:
/// a day plate answers with the vehicle and user of its driving slip (valid at T with a dtg, the one
/// last used without); an annual plate always answers with its holder while the plate exists, and
/// with the vehicle and user of the driving slip when there is one.
/// </summary>
internal static class Provekjennemerkeregler
{
    /// <summary>The answer for a trial plate at <paramref name="t"/>, or null when the plate gives no hit (<c>KJENNEMERKE_UKJENT</c>).</summary>
    public static KjoretoyResponse? SlaOpp(IRegisterLesing lesing, string sok, long t, bool medDtg)
    {
        if (lesing.FinnProvekjennemerke(sok, t) is not { } plate)
        {
            return null;
        }

        var erArsprove = plate.Type.StartsWith("ARSPROVEKJENNEMERKE", StringComparison.Ordinal);
        if (erArsprove && plate.Til <= t)
        {
            return null;
        }

        // The slip that started last at or before T: without a dtg that is the one the plate was last
        // used on, even if it has ended; with a dtg it must still be valid at T.
        var seddel = lesing.FinnKjoreseddel(plate.Id, t);
        if (seddel is not null && medDtg && seddel.Til <= t)
        {
            seddel = null;
        }

        if (seddel is null && !erArsprove)
        {
            return null;
        }

        Kjoretoy? kjoretoy = null;
        if (seddel is not null && lesing.FinnKjoretoyMedKuid(seddel.Kuid) is { } kjoretoyId)
        {
            kjoretoy = KjoretoyBygger.Bygg(lesing, kjoretoyId, t);
        }

        var provekjennemerke = new Provekjennemerke(
            plate.Prkid,
            plate.Kjennemerke,
            Kodeverk.Kjennemerketype(plate.Type),
            KjoretoyBygger.PersonEnhet(plate.Eier, plate.Fom, plate.Til),
            seddel is null ? null : new Kjoreseddel(KjoretoyBygger.PersonEnhet(seddel.Bruker, null, null), Tid.FraLagret(seddel.Fom), Tid.FraLagretSlutt(seddel.Til), seddel.Formal));
        return new KjoretoyResponse(kjoretoy, [], provekjennemerke);
    }
}

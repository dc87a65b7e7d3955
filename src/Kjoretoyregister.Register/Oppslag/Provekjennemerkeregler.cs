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
    /// <param name="rader">The trial plate a plate key found (null when none), with its driving slip.</param>
    /// <param name="lest">The rows of the lookup, where the driving slip's vehicle at t is.</param>
    /// <param name="t">The time asked about.</param>
    /// <param name="medDtg">True when the lookup gave a time (then the driving slip must be valid at t).</param>
    public static KjoretoyResponse? SlaOpp(Provekjennemerkerader? rader, Registerrader lest, long t, bool medDtg)
    {
        if (rader?.Plate is not { } plate)
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
        var seddel = rader.Kjoreseddel;
        if (seddel is not null && medDtg && seddel.Til <= t)
        {
            seddel = null;
        }

        if (seddel is null && !erArsprove)
        {
            return null;
        }

        Kjoretoy? kjoretoy = null;
        if (seddel is not null && lest.MedKuid(seddel.Kuid, t) is { } bil)
        {
            kjoretoy = KjoretoyBygger.Bygg(bil);
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

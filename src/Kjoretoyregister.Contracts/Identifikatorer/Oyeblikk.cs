namespace Kjoretoyregister.Contracts;

/// <summary>Gjør en lokal dato og et klokkeslett om til et øyeblikk, med gitt eller norsk forskyvning.</summary>
internal static class Oyeblikk
{
    public static bool TryLag(DateTime lokal, TimeSpan forskyvning, out DateTimeOffset tidspunkt, out string? grunn)
    {
        var utcTicks = lokal.Ticks - forskyvning.Ticks;
        if (utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks)
        {
            tidspunkt = default;
            grunn = "tidspunktet er utenfor det som kan angis";
            return false;
        }

        tidspunkt = new DateTimeOffset(lokal, forskyvning);
        grunn = null;
        return true;
    }

    /// <summary>
    /// Tolker <paramref name="lokal"/> som norsk tid. Et klokkeslett som ikke finnes (overgangen til
    /// sommertid) er en feil; et som finnes to ganger (overgangen til vintertid) gir det første
    /// øyeblikket, med sommertid (+02:00).
    /// </summary>
    public static bool TryLagNorsk(DateTime lokal, out DateTimeOffset tidspunkt, out string? grunn)
    {
        var oslo = NorskTid.Oslo;
        if (oslo.IsInvalidTime(lokal))
        {
            tidspunkt = default;
            grunn = "klokkeslettet finnes ikke i norsk tid (klokken ble stilt fram til sommertid)";
            return false;
        }

        var forskyvning = oslo.IsAmbiguousTime(lokal) ? oslo.GetAmbiguousTimeOffsets(lokal).Max() : oslo.GetUtcOffset(lokal);
        return TryLag(lokal, forskyvning, out tidspunkt, out grunn);
    }
}

using Kjoretoyregister.Contracts.Svv;

namespace Kjoretoyregister.Register.Oppslag;

/// <summary>
/// A vehicle's stored answer for "now" (<see cref="Naasvar"/>), made the one way a lookup makes it:
/// <see cref="Svarjson.Fra"/> of <see cref="KjoretoyResponse.Treff"/> of the vehicle built from its rows
/// at t, so a stored answer and a built one are the same bytes. The stores find the rows and the window;
/// they write what this gives.
/// </summary>
internal static class NaaSvarBygger
{
    /// <summary>The answer of the vehicle at t, valid from the vehicle's last row boundary at or before t to its first after t.</summary>
    /// <param name="rader">The vehicle's rows at t.</param>
    /// <param name="sisteGrenseFor">The latest fom or til of the vehicle's plates, registrations and ownerships that is at or before t (null when none).</param>
    /// <param name="forsteGrenseEtter">The earliest fom or til of those rows that is after t (null when none).</param>
    public static Naasvar Bygg(Kjoretoyrader rader, long? sisteGrenseFor, long? forsteGrenseEtter)
    {
        ArgumentNullException.ThrowIfNull(rader);
        var svar = Svarjson.Fra(KjoretoyResponse.Treff(KjoretoyBygger.Bygg(rader)));
        return new Naasvar(
            rader.Kjoretoy.Id,
            sisteGrenseFor ?? long.MinValue,
            forsteGrenseEtter ?? Tid.Apen,
            rader.Kjoretoy.Kuid,
            string.Join(' ', svar.Parter),
            svar.Json);
    }

    /// <summary>The stored answer as the <see cref="Svarjson"/> a built one would be.</summary>
    public static Svarjson TilSvarjson(Naasvar svar)
    {
        ArgumentNullException.ThrowIfNull(svar);
        return new Svarjson(
            svar.Json,
            ErTreff: true,
            ErUgyldig: false,
            [svar.Kuid],
            svar.Parter.Length == 0 ? [] : svar.Parter.Split(' '));
    }
}

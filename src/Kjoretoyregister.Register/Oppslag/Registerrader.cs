namespace Kjoretoyregister.Register.Oppslag;

/// <summary>A vehicle's rows at one time t: the vehicle, its plates, registration and ownership valid at t.</summary>
internal sealed record Kjoretoyrader(KjoretoyRad Kjoretoy, IReadOnlyList<KjennemerkeRad> Kjennemerker, RegistreringRad? Registrering, EierskapRad? Eierskap);

/// <summary>A trial plate and its driving slip (null when it has none at or before t), as a lookup found them.</summary>
internal sealed record Provekjennemerkerader(ProvekjennemerkeRad Plate, KjoreseddelRad? Kjoreseddel);

/// <summary>
/// What one read of a register store returned: per key (its index in the request), the ids of the
/// vehicles it matched in order, or the trial plate a plate key found; every vehicle's rows at the
/// times asked (or, when asked for, their stored answers); and, for a party lookup, how many vehicles there are in all.
/// </summary>
internal sealed class Registerrader
{
    private static readonly long[] Ingen = [];

    public Dictionary<int, List<long>> Treff { get; } = [];

    public Dictionary<int, Provekjennemerkerader> Provekjennemerker { get; } = [];

    public Dictionary<(long Id, long T), Kjoretoyrader> Kjoretoy { get; } = [];

    /// <summary>For <see cref="IRegisterLesing.LesSvarAsync"/>: the matched vehicles whose stored answer holds at the key's t (they have no rows in <see cref="Kjoretoy"/>).</summary>
    public Dictionary<(long Id, long T), Naasvar> Svar { get; } = [];

    /// <summary>For a party lookup: the number of vehicles in all pages.</summary>
    public int Totalt { get; set; }

    public IReadOnlyList<long> TreffFor(int nokkel) => Treff.TryGetValue(nokkel, out var ider) ? ider : Ingen;

    public void LeggTilTreff(int nokkel, long id)
    {
        if (!Treff.TryGetValue(nokkel, out var ider))
        {
            Treff[nokkel] = ider = new List<long>(1);
        }

        ider.Add(id);
    }

    /// <summary>The vehicle with the kuid among the rows read at t (a driving slip's vehicle), or null.</summary>
    public Kjoretoyrader? MedKuid(string kuid, long t)
    {
        foreach (var ((_, tid), rader) in Kjoretoy)
        {
            if (tid == t && rader.Kjoretoy.Kuid == kuid)
            {
                return rader;
            }
        }

        return null;
    }
}

namespace Kjoretoyregister.Register.Oppslag;

/// <summary>
/// The reads of a register store. Each call answers one lookup (or one bulk request) from one
/// consistent snapshot: one round trip to a server, one read transaction in a file. The store only
/// finds rows; the rules of CONTRACT.md §2 (<see cref="RegisterOppslag"/>) work on what it returns.
/// "At t" always means the row whose period [fom, til) contains t.
/// </summary>
internal interface IRegisterLesing
{
    /// <summary>
    /// For every key: the vehicles it matches at its t (a plate: the latest attachment valid at t; a
    /// kuid; every vehicle with the understellsnummer); for a plate on no vehicle at t, the trial plate
    /// with those characters that started last at or before t, with its driving slip that started last
    /// at or before t (either may have ended). Every matched vehicle, and the vehicle of every such
    /// driving slip, comes with its rows at the key's t.
    /// </summary>
    ValueTask<Registerrader> LesAsync(IReadOnlyList<Oppslagsnokkel> nokler, CancellationToken cancellationToken);

    /// <summary>
    /// As <see cref="LesAsync"/>, in the same one read, except that a matched vehicle whose stored answer
    /// (<c>naa_svar</c>) holds at the key's t comes as that answer (<see cref="Registerrader.Svar"/>)
    /// instead of its rows. A driving slip's vehicle always comes with its rows.
    /// </summary>
    ValueTask<Registerrader> LesSvarAsync(IReadOnlyList<Oppslagsnokkel> nokler, CancellationToken cancellationToken);

    /// <summary>
    /// A page of the vehicles the parties of <paramref name="sok"/> own, co-own or lease at its t,
    /// ordered by vehicle, with their rows at t (under key 0) and how many there are in all.
    /// </summary>
    ValueTask<Registerrader> LesForParterAsync(Partsok sok, CancellationToken cancellationToken);
}

namespace Kjoretoyregister.Register.Import;

/// <summary>
/// One import's write transaction on a register store. Nothing is visible to lookups before
/// <see cref="Fullfor"/>; disposing without it rolls everything back.
/// </summary>
internal interface IRegisterSkriving : IDisposable
{
    /// <summary>The kuid of another vehicle that has the plate <paramref name="sok"/> attached at some time in [fom, til), or null.</summary>
    string? FinnKjennemerkekonflikt(string sok, long fom, long til, string kuid);

    /// <summary>The prkid of another trial plate with the same characters valid at some time in [fom, til), or null.</summary>
    string? FinnProvekjennemerkekonflikt(string sok, long fom, long til, string prkid);

    bool KjoretoyFinnes(string kuid);

    /// <summary>Stores the vehicle; a vehicle with the same kuid has its whole history replaced.</summary>
    void LagreKjoretoy(NyttKjoretoy kjoretoy);

    /// <summary>Stores the trial plate; one with the same prkid has its history and driving slips replaced.</summary>
    void LagreProvekjennemerke(NyttProvekjennemerke provekjennemerke);

    void Fullfor();
}

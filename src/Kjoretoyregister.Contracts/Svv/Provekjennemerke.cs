namespace Kjoretoyregister.Contracts.Svv;

/// <summary>
/// A trial plate (this contract's extension of SVV's shape): its holder, and the driving slip that
/// tells which vehicle it was on and who drove, when there is one.
/// </summary>
public sealed record Provekjennemerke(
    string Prkid,
    string Kjennemerke,
    KodeverkType Kjennemerketype,
    PersonEnhet Eier,
    Kjoreseddel? Kjoreseddel);

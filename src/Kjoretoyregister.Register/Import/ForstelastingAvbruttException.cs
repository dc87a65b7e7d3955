namespace Kjoretoyregister.Register.Import;

/// <summary>
/// An initial load found what only the ordinary import can report line by line (a plate on two
/// vehicles at once), or the register got data while it ran: nothing was written, and the import is
/// run again the ordinary way.
/// </summary>
internal sealed class ForstelastingAvbruttException(string arsak) : Exception($"Førstelastingen ble avbrutt: {arsak}.");

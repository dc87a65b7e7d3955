namespace Kjoretoyregister.Server.Forvaltning.Kontoer;

/// <summary>
/// What the login page needs about an account: its password hash, failed attempts since the last
/// success, and until when it is locked after too many.
/// </summary>
public sealed record Innlogging(string Brukernavn, string Passordhash, int Feilforsok, DateTimeOffset? SperretTil, string Sikkerhetsstempel);

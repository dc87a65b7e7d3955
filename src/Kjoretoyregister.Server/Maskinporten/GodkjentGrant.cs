namespace Kjoretoyregister.Server.Maskinporten;

/// <summary>A JWT grant that passed every check: who asked, for which scopes, how it proved itself, and for which APIs (<c>resource</c>).</summary>
public sealed record GodkjentGrant(MaskinportenKlient Klient, string Scope, string KlientAmr, IReadOnlyList<string> Ressurser);

namespace Kjoretoyregister.Server.Feil;

/// <summary>
/// One entry of the <c>errorCode</c> catalogue (<see cref="Feilkode.Alle"/>): the code, the HTTP statuses
/// it is answered with, and what it means in Norwegian, as the API document tells vendors.
/// </summary>
public sealed record Feilkodebeskrivelse(string Kode, IReadOnlyList<int> Statuser, string Beskrivelse);

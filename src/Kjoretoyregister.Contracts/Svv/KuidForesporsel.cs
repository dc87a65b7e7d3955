namespace Kjoretoyregister.Contracts.Svv;

/// <summary>One item of <c>POST .../bulk/kuid</c>: the kuid and, optionally, the time (<c>dtg</c>; absent = now).</summary>
public sealed record KuidForesporsel(string? Kuid, string? Dtg = null);

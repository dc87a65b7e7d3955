namespace Kjoretoyregister.Contracts.Svv;

/// <summary>One item of <c>POST .../bulk/kjennemerke</c>: the plate and, optionally, the time (<c>dtg</c>; absent = now).</summary>
public sealed record KjennemerkeForesporsel(string? Kjennemerke, string? Dtg = null);

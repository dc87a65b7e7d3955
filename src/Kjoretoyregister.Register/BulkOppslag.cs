namespace Kjoretoyregister.Register;

/// <summary>One item of a bulk lookup: the key and, optionally, the time (null = now).</summary>
public readonly record struct BulkOppslag<T>(T Nokkel, DateTimeOffset? Dtg = null);

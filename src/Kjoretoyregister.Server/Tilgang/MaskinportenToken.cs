namespace Kjoretoyregister.Server.Tilgang;

/// <summary>A validated Maskinporten access token: its client, the consumer organisation (from <c>consumer.ID</c>) and its lifetime.</summary>
public sealed record MaskinportenToken(string KlientId, string KonsumentOrgnr, DateTimeOffset? GyldigFra, DateTimeOffset Utloper);

namespace Kjoretoyregister.Server.Maskinporten;

/// <summary>The local issuer's RSA key as stored: its kid (RFC 7638 thumbprint) and the private JWK's JSON.</summary>
public sealed record Signeringsnokkel(string Kid, string PrivatJwk);

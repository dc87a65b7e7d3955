using Kjoretoyregister.Contracts;

namespace Kjoretoyregister.Server.Maskinporten;

/// <summary>
/// A client registered with the local Maskinporten issuer, as Digdir's self-service registers one:
/// its client_id, the organisation it belongs to, the scopes it may ask for, and how it proves itself:
/// public RSA keys (JWK JSON, each with a <c>kid</c>) and/or certificates (base64 DER) whose private
/// key signs the assertion with the certificate in <c>x5c</c>.
/// </summary>
public sealed record MaskinportenKlient(
    string KlientId,
    Organisasjonsnummer Organisasjonsnummer,
    IReadOnlyList<string> Scopes,
    IReadOnlyList<string> OffentligeJwks,
    IReadOnlyList<string> Sertifikater);

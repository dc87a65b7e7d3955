using Microsoft.IdentityModel.Tokens;

namespace Kjoretoyregister.Server.Tests.Maskinporten;

/// <summary>A client registered with the local issuer (its own client_id), and its private key.</summary>
internal sealed record Testklient(string Id, JsonWebKey Nokkel);

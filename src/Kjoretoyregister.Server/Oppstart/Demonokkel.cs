using System.Text.Json;
using Kjoretoyregister.Server.Maskinporten;

namespace Kjoretoyregister.Server.Oppstart;

/// <summary>An RSA key pair for the demo Maskinporten client, as JWKs (the private one goes into demo.json).</summary>
internal static class Demonokkel
{
    /// <summary>A new 2048-bit key: (private JWK, public JWK as JSON), both with the RFC 7638 thumbprint as kid.</summary>
    public static (JsonElement Privat, string Offentlig) Ny()
    {
        var (nokkel, kid) = RsaJwk.Ny();
        using var privat = JsonDocument.Parse(RsaJwk.Privat(nokkel, kid));
        return (privat.RootElement.Clone(), RsaJwk.Json(RsaJwk.Offentlig(nokkel, kid)));
    }
}

using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Kjoretoyregister.Server.Maskinporten;

/// <summary>
/// The trusted issuer URL. Configured (<c>Maskinporten:Issuer</c>), or for the local issuer
/// <c>Maskinporten:LokalIssuer</c> when several instances share one address, else derived from the
/// address the server listens on (<c>http://localhost:5080/maskinporten/</c>), so tokens, metadata and
/// demo.json agree whatever <c>--urls</c> says. Read after the server has started.
/// </summary>
public sealed class Utstederadresse(IOptions<MaskinportenOptions> options, IServer server)
{
    private string? lokal;

    /// <summary>The issuer, ending in '/'.</summary>
    public string Issuer => options.Value.LokalUtsteder ? lokal ??= Lokal() : options.Value.Issuer!;

    /// <summary>The server's own base URL (no trailing slash), from its first listening address.</summary>
    public string ServerAdresse()
    {
        var adresser = server.Features.Get<IServerAddressesFeature>()?.Addresses;
        var forste = adresser?.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal))
            ?? adresser?.FirstOrDefault()
            ?? throw new InvalidOperationException("Serveren lytter ikke på noen adresse ennå.");
        var uri = new Uri(forste.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        var vert = uri.Host is "0.0.0.0" or "[::]" or "::" ? "localhost" : uri.Host;
        return $"{uri.Scheme}://{vert}:{uri.Port}";
    }

    private string Lokal() => string.IsNullOrWhiteSpace(options.Value.LokalIssuer) ? ServerAdresse() + "/maskinporten/" : options.Value.LokalIssuer;
}

namespace Kjoretoyregister.Server.Drift;

/// <summary>
/// Where the server listens: what the operator gave the framework (<c>--urls</c>, <c>ASPNETCORE_URLS</c>,
/// <c>DOTNET_URLS</c>, <c>ASPNETCORE_HTTP_PORTS</c>, <c>ASPNETCORE_HTTPS_PORTS</c> or <c>Kestrel:Endpoints</c>),
/// else <see cref="Standard"/>. The official .NET container images set <c>ASPNETCORE_HTTP_PORTS=8080</c>,
/// which then means all interfaces, port 8080.
/// </summary>
public static class Adresser
{
    /// <summary>The address when none is given: loopback only, as for a developer's <c>dotnet run</c>.</summary>
    public const string Standard = "http://localhost:5080";

    /// <summary>Whether the configuration names an address in any of the framework's ways.</summary>
    public static bool ErGitt(IConfiguration konfigurasjon)
    {
        ArgumentNullException.ThrowIfNull(konfigurasjon);
        return !string.IsNullOrWhiteSpace(konfigurasjon[WebHostDefaults.ServerUrlsKey])
            || !string.IsNullOrWhiteSpace(konfigurasjon[WebHostDefaults.HttpPortsKey])
            || !string.IsNullOrWhiteSpace(konfigurasjon[WebHostDefaults.HttpsPortsKey])
            || konfigurasjon.GetSection("Kestrel:Endpoints").GetChildren().Any();
    }
}

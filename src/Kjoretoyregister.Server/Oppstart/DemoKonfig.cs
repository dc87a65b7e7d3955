using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kjoretoyregister.Server.Oppstart;

/// <summary>
/// <c>&lt;data directory&gt;/demo.json</c> (CONTRACT.md §7): everything a vendor's code needs to call the
/// demo server: where it is, the demo kommune's Fiks-organisasjonID, the demo integration's id and
/// password, the demo Maskinporten client with its private key, and two logins for the forvaltning UI
/// (<see cref="Forvaltning"/>: the demo kommune's lokal administrator; <see cref="KsAdministrator"/>:
/// a KS-administrator; <see cref="Saksbehandler"/>: a holder of the role Oppslag in the demo kommune, for
/// the lookup page). Demo secrets only.
/// </summary>
public sealed record DemoKonfig(
    string BaseUrl,
    Guid FiksOrgId,
    Guid IntegrasjonId,
    string IntegrasjonPassord,
    DemoMaskinporten Maskinporten,
    DemoBruker? Forvaltning = null,
    DemoBruker? KsAdministrator = null,
    DemoBruker? Saksbehandler = null);

/// <summary>The demo Maskinporten client: issuer, token endpoint, client_id, organisation, scope and private RSA JWK.</summary>
public sealed record DemoMaskinporten(
    string Issuer,
    string TokenEndpoint,
    string ClientId,
    string Orgnr,
    string Scope,
    JsonElement Jwk);

/// <summary>A login for the forvaltning UI at <c>&lt;baseUrl&gt;/forvaltning</c>.</summary>
public sealed record DemoBruker(string Brukernavn, string Passord);

/// <summary>JSON for demo.json: camelCase, indented, as CONTRACT.md §7 shows it.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DemoKonfig))]
public sealed partial class DemoJsonContext : JsonSerializerContext;

using System.Text.Json.Serialization;

namespace Kjoretoyregister.Server.Maskinporten;

/// <summary>Source-generated JSON for the issuer's documents and its stored lists; names as the protocol spells them.</summary>
[JsonSerializable(typeof(Autorisasjonsservermetadata))]
[JsonSerializable(typeof(JwkSett))]
[JsonSerializable(typeof(OffentligJwk))]
[JsonSerializable(typeof(Tokensvar))]
[JsonSerializable(typeof(Tokenfeil))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class MaskinportenJsonContext : JsonSerializerContext;

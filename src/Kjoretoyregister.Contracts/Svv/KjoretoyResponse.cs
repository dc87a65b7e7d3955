using System.Text.Json.Serialization;

namespace Kjoretoyregister.Contracts.Svv;

/// <summary>
/// One answer of a lookup, in SVV's v2.0 shape: the vehicle, the per-item response codes, and for a
/// trial plate this contract's extension <see cref="Provekjennemerke"/>.
/// </summary>
public sealed record KjoretoyResponse(
    Kjoretoy? Kjoretoy,
    IReadOnlyList<Responskode> Responskoder,
    Provekjennemerke? Provekjennemerke = null)
{
    /// <summary>A hit: the vehicle, no response codes.</summary>
    public static KjoretoyResponse Treff(Kjoretoy kjoretoy) => new(kjoretoy, []);

    /// <summary>No hit: only the response code that says why.</summary>
    public static KjoretoyResponse Feil(Responskode kode) => new(null, [kode]);

    /// <summary>True when the answer carries a vehicle or a trial plate (not part of the JSON).</summary>
    [JsonIgnore]
    public bool ErTreff => Kjoretoy is not null || Provekjennemerke is not null;
}

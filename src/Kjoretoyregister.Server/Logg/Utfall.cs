namespace Kjoretoyregister.Server.Logg;

/// <summary>The outcome of one looked-up item, as the audit log records it.</summary>
public enum Utfall
{
    /// <summary>The register had data for the key.</summary>
    Treff,

    /// <summary>A valid key the register does not know (…_UKJENT), or a search without matches.</summary>
    Ukjent,

    /// <summary>An invalid key or time (UGYLDIG_…): nothing was looked up.</summary>
    Ugyldig,

    /// <summary>The register could not answer (Statens vegvesen unreachable, slow or out of quota): nothing was given out.</summary>
    Feil,

    /// <summary>Refused before the lookup (the integration's or the organisation's quota was used up, KVOTE_OPPBRUKT): nothing was looked up or given out.</summary>
    Avvist,
}

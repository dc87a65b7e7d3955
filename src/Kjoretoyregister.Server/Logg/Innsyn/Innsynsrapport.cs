using Kjoretoyregister.Contracts;

namespace Kjoretoyregister.Server.Logg.Innsyn;

/// <summary>
/// Every lookup in one Fiks organisation's audit log in which one person was searched for or disclosed,
/// newest first: the answer to the person's request for access (GDPR art. 15, "who has looked me up").
/// </summary>
/// <param name="FiksOrgId">The organisation whose log was searched (only its rows).</param>
/// <param name="Organisasjonsnavn">Its name, as the report is sent in its name.</param>
/// <param name="Fodselsnummer">The person. Never logged.</param>
/// <param name="Laget">When the report was made (UTC).</param>
/// <param name="Rader">The lookups, newest first.</param>
public sealed record Innsynsrapport(
    Guid FiksOrgId,
    string Organisasjonsnavn,
    Fodselsnummer Fodselsnummer,
    DateTimeOffset Laget,
    IReadOnlyList<Innsynsrad> Rader)
{
    /// <summary>The period the report covers, in words: the audit log holds every lookup until it is deleted by age.</summary>
    public string Periode =>
        $"Alle oppslag som var lagret i oppslagsloggen da rapporten ble laget ({Innsynstekst.Dato(Laget)}). "
        + "Oppslag eldre enn loggens oppbevaringstid er slettet og kommer ikke med.";
}

/// <summary>One lookup in an innsyn report, with the names forvaltning knows for its ids.</summary>
/// <param name="Tidspunkt">When the lookup was answered (UTC).</param>
/// <param name="IntegrasjonId">The integration that called.</param>
/// <param name="Integrasjonsnavn">Its name in forvaltning; null when it has since been deleted.</param>
/// <param name="LeverandorOrgnr">The vendor: the organisasjonsnummer in the token's <c>consumer</c>.</param>
/// <param name="Leverandornavn">The vendor's name when forvaltning knows the number, else null.</param>
/// <param name="KlientId">The vendor's Maskinporten client.</param>
/// <param name="Saksbehandler">The caseworker's id in the vendor's system, if the call named one.</param>
/// <param name="Saksreferanse">The case the lookup was for, if the call named one.</param>
/// <param name="Formal">The purpose the call gave, if any.</param>
/// <param name="Operasjon">What was looked up by (kjennemerke, person, ...).</param>
/// <param name="Nokkel">The search key as given.</param>
/// <param name="SoktEtter">The person was the search key.</param>
/// <param name="Utlevert">The person was in the answer (as owner, co-owner, lessee, user, ...).</param>
/// <param name="Kuider">The vehicles in the answer.</param>
/// <param name="Utfall">Hit, unknown, invalid or error.</param>
/// <param name="ErrorId">The request's trace id, to find the call in the vendor's own logs.</param>
public sealed record Innsynsrad(
    DateTimeOffset Tidspunkt,
    Guid IntegrasjonId,
    string? Integrasjonsnavn,
    string LeverandorOrgnr,
    string? Leverandornavn,
    string KlientId,
    string? Saksbehandler,
    string? Saksreferanse,
    string? Formal,
    string Operasjon,
    string Nokkel,
    bool SoktEtter,
    bool Utlevert,
    IReadOnlyList<string> Kuider,
    Utfall Utfall,
    string ErrorId)
{
    /// <summary>The integration as a reader names it: its name, or its id when deleted.</summary>
    public string Integrasjon => Integrasjonsnavn ?? $"(slettet integrasjon {IntegrasjonId})";

    /// <summary>The vendor as a reader names it: name and number, or the number.</summary>
    public string Leverandor => Leverandornavn is null ? $"org.nr. {LeverandorOrgnr}" : $"{Leverandornavn} (org.nr. {LeverandorOrgnr})";

    /// <summary>How the person was part of the lookup.</summary>
    public string Rolle => (SoktEtter, Utlevert) switch
    {
        (true, true) => "søkt etter og utlevert",
        (true, false) => "søkt etter",
        _ => "utlevert",
    };
}

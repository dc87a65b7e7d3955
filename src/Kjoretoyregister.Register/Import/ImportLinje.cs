using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kjoretoyregister.Register.Import;

// The import format (docs/kontrakt/register-import.schema.json) as read from one NDJSON line.
// Every property is nullable: what is required is checked by ImportValidering, which names the field.

internal sealed class ImportLinje
{
    public string? Type { get; set; }

    // "kjoretoy"
    public string? Kuid { get; set; }
    public string? Understellsnummer { get; set; }
    public ImportForstegangsregistrering? Forstegangsregistrering { get; set; }
    public List<ImportKjennemerke?>? Kjennemerker { get; set; }
    public List<ImportRegistrering?>? Registreringer { get; set; }
    public List<ImportEierskap?>? Eierskap { get; set; }
    public JsonElement? Godkjenning { get; set; }
    public ImportPeriodiskKontroll? PeriodiskKjoretoyKontroll { get; set; }

    // "provekjennemerke"
    public string? Prkid { get; set; }
    public string? Kjennemerke { get; set; }
    public string? Kjennemerketype { get; set; }
    public ImportPersonEnhet? Eier { get; set; }
    public string? FomTidspunkt { get; set; }
    public string? TilTidspunkt { get; set; }
    public List<ImportKjoreseddel?>? Kjoresedler { get; set; }
}

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
internal sealed class ImportForstegangsregistrering
{
    public DateOnly? RegistrertForstegangNorgeDato { get; set; }
}

[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
internal sealed class ImportPeriodiskKontroll
{
    public DateOnly? Kontrollfrist { get; set; }
    public DateOnly? SistGodkjent { get; set; }
}

internal sealed class ImportKjennemerke
{
    public string? Kjennemerke { get; set; }
    public string? Kjennemerkekategori { get; set; }
    public string? Kjennemerketype { get; set; }
    public string? FomTidspunkt { get; set; }
    public string? TilTidspunkt { get; set; }
}

internal sealed class ImportRegistrering
{
    public string? Registreringsstatus { get; set; }
    public string? KjoringensArt { get; set; }
    public string? FomTidspunkt { get; set; }
    public string? TilTidspunkt { get; set; }
}

internal sealed class ImportEierskap
{
    public ImportPersonEnhet? Eier { get; set; }
    public ImportPersonEnhet? Medeier { get; set; }
    public ImportPersonEnhet? Leasingtaker { get; set; }
    public ImportPersonEnhet? Underenhet { get; set; }
    public string? Vedtakstidspunkt { get; set; }
    public string? FomTidspunkt { get; set; }
    public string? TilTidspunkt { get; set; }
}

internal sealed class ImportKjoreseddel
{
    public string? Kuid { get; set; }
    public ImportPersonEnhet? Bruker { get; set; }
    public string? Formal { get; set; }
    public string? FomTidspunkt { get; set; }
    public string? TilTidspunkt { get; set; }
}

internal sealed class ImportPersonEnhet
{
    public ImportPerson? Person { get; set; }
    public ImportEnhet? Enhet { get; set; }
    public ImportAdresse? Adresse { get; set; }
}

internal sealed class ImportPerson
{
    public string? Fodselsnummer { get; set; }
    public string? Fornavn { get; set; }
    public string? Mellomnavn { get; set; }
    public string? Etternavn { get; set; }
}

internal sealed class ImportEnhet
{
    public string? Organisasjonsnummer { get; set; }
    public string? Organisasjonsnavn { get; set; }
}

internal sealed class ImportAdresse
{
    public string? Adresselinje1 { get; set; }
    public string? Adresselinje2 { get; set; }
    public string? Adresselinje3 { get; set; }
    public string? Postnummer { get; set; }
    public string? Poststed { get; set; }
    public string? Kommunenummer { get; set; }
    public string? Kommunenavn { get; set; }
    public string? Land { get; set; }
    public string? Landkode { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false)]
[JsonSerializable(typeof(ImportLinje))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class ImportJsonContext : JsonSerializerContext;

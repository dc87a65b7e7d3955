namespace Kjoretoyregister.Register.Import;

// A validated import line, ready to store: identifiers canonical, times in stored form (see Tid).

internal sealed record NyttKjoretoy(
    string Kuid,
    string Understellsnummer,
    DateOnly? ForstegangsregistrertDato,
    string? Godkjenning,
    DateOnly? Kontrollfrist,
    DateOnly? SistGodkjent,
    IReadOnlyList<NyttKjennemerke> Kjennemerker,
    IReadOnlyList<NyRegistrering> Registreringer,
    IReadOnlyList<NyttEierskap> Eierskap);

internal sealed record NyttKjennemerke(string Sok, string Visning, string Kategori, string Type, long Fom, long Til);

internal sealed record NyRegistrering(string Status, string? KjoringensArt, long Fom, long Til);

internal sealed record NyttEierskap(
    long Fom,
    long Til,
    long? Vedtak,
    NyPart Eier,
    NyPart? Medeier,
    NyPart? Leasingtaker,
    NyPart? Underenhet);

internal sealed record NyttProvekjennemerke(
    string Prkid,
    string Sok,
    string Visning,
    string Type,
    NyPart Eier,
    long Fom,
    long Til,
    IReadOnlyList<NyKjoreseddel> Kjoresedler);

internal sealed record NyKjoreseddel(string Kuid, NyPart Bruker, string? Formal, long Fom, long Til);

/// <summary>A person (Fnr set) or an organisation (Orgnr set), with its latest known name and address.</summary>
internal sealed record NyPart(
    string? Fnr,
    string? Orgnr,
    string? Fornavn,
    string? Mellomnavn,
    string? Etternavn,
    string? Orgnavn,
    NyAdresse? Adresse)
{
    public string Nokkel => Fnr ?? Orgnr!;
}

internal sealed record NyAdresse(
    string? Adresselinje1,
    string? Adresselinje2,
    string? Adresselinje3,
    string? Postnummer,
    string? Poststed,
    string? Kommunenummer,
    string? Kommunenavn,
    string? Land,
    string? Landkode);

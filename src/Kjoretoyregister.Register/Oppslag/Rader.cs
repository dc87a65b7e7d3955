using Kjoretoyregister.Contracts.Svv;

namespace Kjoretoyregister.Register.Oppslag;

// Rows as a register store returns them, in stored form (times as in Tid). RegisterOppslag turns
// them into the contract's records; stores never build contract records themselves.

internal sealed record KjoretoyRad(
    long Id,
    string Kuid,
    string Understellsnummer,
    string? ForstegangDato,
    string? Godkjenning,
    string? Kontrollfrist,
    string? SistGodkjent);

internal sealed record KjennemerkeRad(string Kjennemerke, string Kategori, string Type, long Fom, long Til);

internal sealed record RegistreringRad(string Status, string? KjoringensArt, long Fom, long Til);

internal sealed record EierskapRad(long Fom, long Til, long? Vedtak, PartRad Eier, PartRad? Medeier, PartRad? Leasingtaker, PartRad? Underenhet);

internal sealed record ProvekjennemerkeRad(long Id, string Prkid, string Kjennemerke, string Type, long Fom, long Til, PartRad Eier);

/// <summary>
/// A vehicle's stored answer for "now" (table <c>naa_svar</c>): the answer's JSON, valid for every t in
/// [<see cref="GyldigFra"/>, <see cref="GyldigTil"/>), with the vehicle's kuid and the parties it names
/// (space-separated, in the order <see cref="Svarjson.LeggTil"/> gives them).
/// </summary>
internal sealed record Naasvar(long KjoretoyId, long GyldigFra, long GyldigTil, string Kuid, string Parter, byte[] Json);

internal sealed record KjoreseddelRad(string Kuid, string? Formal, long Fom, long Til, PartRad Bruker);

/// <summary>A person (Fnr) or an organisation (Orgnr), with its latest known name and address; an import line gives one, a lookup reads one.</summary>
internal sealed record PartRad(
    string? Fnr,
    string? Orgnr,
    string? Fornavn,
    string? Mellomnavn,
    string? Etternavn,
    string? Orgnavn,
    Adresse? Adresse)
{
    /// <summary>The fødselsnummer or organisasjonsnummer: what identifies the party.</summary>
    public string Nokkel => Fnr ?? Orgnr!;
}

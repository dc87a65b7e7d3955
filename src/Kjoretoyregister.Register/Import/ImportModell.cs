using Kjoretoyregister.Register.Oppslag;

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
    PartRad Eier,
    PartRad? Medeier,
    PartRad? Leasingtaker,
    PartRad? Underenhet);

internal sealed record NyttProvekjennemerke(
    string Prkid,
    string Sok,
    string Visning,
    string Type,
    PartRad Eier,
    long Fom,
    long Til,
    IReadOnlyList<NyKjoreseddel> Kjoresedler);

internal sealed record NyKjoreseddel(string Kuid, PartRad Bruker, string? Formal, long Fom, long Til);

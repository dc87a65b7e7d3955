using System.Text.Json.Nodes;

namespace Kjoretoyregister.Register.Tests.Testdata;

/// <summary>Builds import lines (register-import.schema.json) for tests. Times are ISO 8601 strings with offset.</summary>
internal static class Linjer
{
    public static JsonObject Kjoretoy(
        string kuid,
        JsonArray? kjennemerker = null,
        JsonArray? registreringer = null,
        JsonArray? eierskap = null,
        string? understellsnummer = null) => new()
        {
            ["type"] = "kjoretoy",
            ["kuid"] = kuid,
            ["understellsnummer"] = understellsnummer ?? "TESTVIN" + kuid,
            ["forstegangsregistrering"] = new JsonObject { ["registrertForstegangNorgeDato"] = "2015-03-02" },
            ["kjennemerker"] = kjennemerker ?? [],
            ["registreringer"] = registreringer ?? [],
            ["eierskap"] = eierskap ?? [],
            ["godkjenning"] = new JsonObject
            {
                ["tekniskGodkjenning"] = new JsonObject { ["kjoretoyklassifisering"] = new JsonObject { ["beskrivelse"] = "Personbil" } },
            },
            ["periodiskKjoretoyKontroll"] = new JsonObject { ["kontrollfrist"] = "2027-04-21", ["sistGodkjent"] = "2025-04-15" },
        };

    public static JsonObject Plate(string kjennemerke, string fom, string? til = null, string kategori = "KJORETOY") => new()
    {
        ["kjennemerke"] = kjennemerke,
        ["kjennemerkekategori"] = kategori,
        ["kjennemerketype"] = "ORDINART",
        ["fomTidspunkt"] = fom,
        ["tilTidspunkt"] = til,
    };

    public static JsonObject Registrering(string status, string fom, string? til = null) => new()
    {
        ["registreringsstatus"] = status,
        ["kjoringensArt"] = "EGENTRANSP_ANNEN",
        ["fomTidspunkt"] = fom,
        ["tilTidspunkt"] = til,
    };

    public static JsonObject Eierskap(
        JsonObject eier, string fom, string? til = null, JsonObject? medeier = null, JsonObject? leasingtaker = null, JsonObject? underenhet = null)
    {
        var eierskap = new JsonObject { ["fomTidspunkt"] = fom, ["tilTidspunkt"] = til, ["vedtakstidspunkt"] = fom, ["eier"] = eier };
        if (medeier is not null)
        {
            eierskap["medeier"] = medeier;
        }

        if (leasingtaker is not null)
        {
            eierskap["leasingtaker"] = leasingtaker;
        }

        if (underenhet is not null)
        {
            eierskap["underenhet"] = underenhet;
        }

        return eierskap;
    }

    public static JsonObject Person(string fnr, string fornavn, string etternavn, string postnummer = "0603", string poststed = "OSLO", string kommunenummer = "0301") => new()
    {
        ["person"] = new JsonObject { ["fodselsnummer"] = fnr, ["fornavn"] = fornavn, ["etternavn"] = etternavn },
        ["adresse"] = new JsonObject
        {
            ["adresselinje1"] = "TESTGATA 1", ["postnummer"] = postnummer, ["poststed"] = poststed,
            ["kommunenummer"] = kommunenummer, ["kommunenavn"] = "OSLO", ["land"] = "NORGE", ["landkode"] = "NOR",
        },
    };

    public static JsonObject Enhet(string orgnr, string navn) => new()
    {
        ["enhet"] = new JsonObject { ["organisasjonsnummer"] = orgnr, ["organisasjonsnavn"] = navn },
    };

    public static JsonObject Provekjennemerke(string prkid, string kjennemerke, string type, JsonObject eier, string fom, string? til, params JsonObject[] kjoresedler) => new()
    {
        ["type"] = "provekjennemerke",
        ["prkid"] = prkid,
        ["kjennemerke"] = kjennemerke,
        ["kjennemerketype"] = type,
        ["eier"] = eier,
        ["fomTidspunkt"] = fom,
        ["tilTidspunkt"] = til,
        ["kjoresedler"] = new JsonArray(kjoresedler),
    };

    public static JsonObject Kjoreseddel(string kuid, JsonObject bruker, string fom, string til) => new()
    {
        ["kuid"] = kuid,
        ["bruker"] = bruker,
        ["formal"] = "PROVEKJORING",
        ["fomTidspunkt"] = fom,
        ["tilTidspunkt"] = til,
    };
}

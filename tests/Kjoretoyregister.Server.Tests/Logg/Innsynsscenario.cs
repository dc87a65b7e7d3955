using System.Net;
using Kjoretoyregister.Contracts;
using Kjoretoyregister.Register.Tests.Testdata;
using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Server.Tests.Forvaltningsweb;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Logg;

/// <summary>
/// What an innsyn report must find, made through the API as vendors do it: a kommune with two integrations
/// ("Parkeringssystem", "Borttauingssystem") for the demo vendor; the person (<see cref="Fnr"/>) owns one
/// vehicle and is co-owner of another. Parkeringssystem searches for the person; Borttauingssystem looks up
/// the person's own vehicle; Parkeringssystem looks up the co-owned vehicle and, besides, a stranger's
/// vehicle. A neighbouring kommune's integration looks up the person's vehicle too.
/// </summary>
internal sealed record Innsynsscenario(
    Testkommune Kommune,
    Testkommune Nabokommune,
    Kjoretoydata EgenBil,
    Kjoretoydata MedeidBil,
    Kjoretoydata FremmedBil,
    string LeverandorOrgnr)
{
    public const string Parkering = "Parkeringssystem";
    public const string Borttauing = "Borttauingssystem";
    public const string Nabosystem = "Nabosystem";

    /// <summary>The caseworker header each lookup is sent with: one per purpose.</summary>
    public static string Saksbehandler(string formal) => "sb-" + formal.ToLowerInvariant();

    /// <summary>The case header each lookup is sent with: one per purpose.</summary>
    public static string Saksreferanse(string formal) => "SAK-2026/" + formal.Length;

    /// <summary>The person who asks for innsyn.</summary>
    public string Fnr => EgenBil.Fnr;

    public static async Task<Innsynsscenario> OpprettAsync(ServerFabrikk server)
    {
        var kommune = await Testkommune.OpprettAsync(server, "Innsynskommune");
        var nabokommune = await Testkommune.OpprettAsync(server, "Nabokommune");
        using var klient = new Fiksklient(server);
        var leverandor = Organisasjonsnummer.Parse(klient.Demo.Maskinporten.Orgnr);
        var store = server.Tjeneste<IForvaltningStore>();
        async Task<(string Id, string Passord)> IntegrasjonAsync(Guid fiksOrgId, string navn)
        {
            var passord = Integrasjonspassord.Generer();
            var ny = await store.OpprettIntegrasjonAsync(new NyIntegrasjon(fiksOrgId, navn, leverandor, null, KanSoke: true), Integrasjonspassord.Hash(passord));
            return (ny.IntegrasjonId.ToString(), passord);
        }

        var parkering = await IntegrasjonAsync(kommune.FiksOrgId, Parkering);
        var borttauing = await IntegrasjonAsync(kommune.FiksOrgId, Borttauing);
        var nabo = await IntegrasjonAsync(nabokommune.FiksOrgId, Nabosystem);

        var egen = Kjoretoydata.Ny("Innsynsen");
        var medeid = Kjoretoydata.Ny("Hovedeier");
        var fremmed = Kjoretoydata.Ny("Fremmed");
        klient.Importer(
            egen.Linje(),
            fremmed.Linje(),
            Linjer.Kjoretoy(
                medeid.Kuid,
                [Linjer.Plate(medeid.Kjennemerke, Kjoretoydata.Fom)],
                [Linjer.Registrering("REGISTRERT", Kjoretoydata.Fom)],
                [Linjer.Eierskap(Linjer.Person(medeid.Fnr, medeid.Fornavn, medeid.Etternavn), Kjoretoydata.Fom, medeier: Linjer.Person(egen.Fnr, egen.Fornavn, egen.Etternavn))],
                medeid.Understellsnummer));

        var token = await klient.TokenAsync();
        async Task OppslagAsync(Guid fiksOrgId, (string Id, string Passord) integrasjon, string sti, string json, string formal)
        {
            using var foresporsel = new HttpRequestMessage(HttpMethod.Post, new Uri(sti, UriKind.Relative)) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
            foresporsel.Headers.Authorization = new("Bearer", token);
            foresporsel.Headers.Add("IntegrasjonId", integrasjon.Id);
            foresporsel.Headers.Add("IntegrasjonPassord", integrasjon.Passord);
            foresporsel.Headers.Add("Formal", formal);
            foresporsel.Headers.Add("Saksbehandler", Saksbehandler(formal));
            foresporsel.Headers.Add("Saksreferanse", Saksreferanse(formal));
            using var svar = await klient.Http.SendAsync(foresporsel);
            Assert.True(svar.StatusCode == HttpStatusCode.OK, $"{sti}: {(int)svar.StatusCode} {await svar.Content.ReadAsStringAsync()}");
        }

        string Kjennemerke(Kjoretoydata bil) => $$"""[{"kjennemerke": "{{bil.Kjennemerke}}"}]""";
        await OppslagAsync(kommune.FiksOrgId, parkering, klient.KsSti("person", kommune.FiksOrgId), $$"""{"fnr": "{{egen.Fnr}}"}""", "PARKERINGSTILLATELSE");
        await OppslagAsync(kommune.FiksOrgId, borttauing, klient.SvvSti("bulk/kjennemerke", kommune.FiksOrgId), Kjennemerke(egen), "BORTTAUING");
        await OppslagAsync(kommune.FiksOrgId, parkering, klient.SvvSti("bulk/kjennemerke", kommune.FiksOrgId), Kjennemerke(medeid), "PARKERINGSGEBYR");
        await OppslagAsync(kommune.FiksOrgId, parkering, klient.SvvSti("bulk/kjennemerke", kommune.FiksOrgId), Kjennemerke(fremmed), "PARKERINGSGEBYR");
        await OppslagAsync(nabokommune.FiksOrgId, nabo, klient.SvvSti("bulk/kjennemerke", nabokommune.FiksOrgId), Kjennemerke(egen), "PARKERINGSGEBYR");
        return new Innsynsscenario(kommune, nabokommune, egen, medeid, fremmed, leverandor.Verdi);
    }
}

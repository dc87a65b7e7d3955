using System.Net;
using System.Text;
using Kjoretoyregister.Register.Tests.Testdata;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Apidokument;

/// <summary>
/// The answers match the document the server serves: every answer a <see cref="Fiksklient"/> gets is
/// checked by <see cref="Svarkontroll"/>. This test drives a 200 of every operation and each error a
/// caller can provoke (400, 401, 403, 404, 413, 415, 429), and also holds what every other test of the
/// run received so far to the document.
/// </summary>
public sealed class SvarMotDokumentTests(TomtRegister register) : IClassFixture<TomtRegister>
{
    [Fact]
    public async Task EveryAnswerTheTestsReceiveMatchesTheServedDocument()
    {
        using var klient = new Fiksklient(register.Server);
        var bil = Kjoretoydata.Ny("Dokumentsen");
        var orgnr = Syntetiske.Orgnr(7331);
        var firmabil = Kjoretoydata.Ny();
        klient.Importer(bil.Linje(), Linjer.Kjoretoy(firmabil.Kuid, [Linjer.Plate(firmabil.Kjennemerke, Kjoretoydata.Fom)],
            [Linjer.Registrering("REGISTRERT", Kjoretoydata.Fom)], [Linjer.Eierskap(Linjer.Enhet(orgnr, "Dokumentfirma AS"), Kjoretoydata.Fom)], firmabil.Understellsnummer));
        var token = await klient.TokenAsync();

        var statuser = new List<(string Hva, HttpStatusCode Status)>
        {
            ("kjennemerker", await Post(klient, klient.SvvSti("bulk/kjennemerke"), $$"""[{"kjennemerke":"{{bil.Kjennemerke}}"},{"kjennemerke":"ZZ 99999"},{"kjennemerke":"!"}]""", token)),
            ("kuid", await Post(klient, klient.SvvSti("bulk/kuid"), $$"""[{"kuid":"{{firmabil.Kuid}}","dtg":"2024-01-01T12:00:00+01:00"}]""", token)),
            ("understellsnummer", await Get(klient, klient.SvvSti($"bulk/understellsnummer/{bil.Understellsnummer}"), token)),
            ("eiernavn", await Get(klient, klient.SvvSti("sok/eiernavn?navn=Dokumentsen&fra=0&antall=10"), token)),
            ("eiernavn uten treff", await Get(klient, klient.SvvSti("sok/eiernavn?navn=Finnesikkesen"), token)),
            ("person", await Post(klient, klient.KsSti("person"), $$"""{"fnr":"{{bil.Fnr}}"}""", token)),
            ("organisasjon", await Post(klient, klient.KsSti("organisasjon"), $$"""{"organisasjonsnummer":"{{orgnr}}","fra":0,"antall":10}""", token)),
            ("ugyldig fiksOrgId", (await klient.SendAsync(HttpMethod.Get, klient.SvvSti("bulk/understellsnummer/ABC").Replace(klient.Demo.FiksOrgId.ToString(), "ikke-en-uuid", StringComparison.Ordinal), token: token)).StatusCode),
            ("ugyldig json", await Post(klient, klient.SvvSti("bulk/kjennemerke"), "[{", token)),
            ("ugyldig fnr", await Post(klient, klient.KsSti("person"), """{"fnr":"123"}""", token)),
            ("uten token", (await klient.SendAsync(HttpMethod.Post, klient.KsSti("person"), """{"fnr":"123"}""", token: null)).StatusCode),
            ("annen organisasjon", await Post(klient, klient.KsSti("person", Guid.NewGuid()), $$"""{"fnr":"{{bil.Fnr}}"}""", token)),
            ("for stor", await Post(klient, klient.SvvSti("bulk/kjennemerke"), "[" + string.Join(',', Enumerable.Repeat("""{"kjennemerke":"AB 12345"}""", 4000)) + "]", token)),
            ("ikke json", (await klient.SendAsync(HttpMethod.Post, klient.KsSti("person"), new StringContent("fnr", Encoding.UTF8, "text/plain"), token)).StatusCode),
        };
        for (var i = 0; i < 12 && statuser[^1].Status != HttpStatusCode.TooManyRequests; i++)
        {
            statuser.Add(("feil passord", (await klient.SendAsync(HttpMethod.Post, klient.KsSti("person"), """{"fnr":"123"}""", token, passord: "gjett-" + i)).StatusCode));
        }

        // No documented operation answers 404; an unknown path's answer is checked against the 404 the document promises.
        using var ukjent = await klient.SendAsync(HttpMethod.Post, klient.KsSti("ukjent"), "{}", token);
        var skjema = new Apidokumentskjema(await klient.Http.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        var ukjentAvvik = skjema.Avvik("POST", "/kjoretoyregister/api/v1/ks/{fiksOrgId}/person", (int)ukjent.StatusCode, ukjent.Content.Headers.ContentType?.MediaType, await ukjent.Content.ReadAsStringAsync());

        var sett = klient.Svarkontroll.Funn.Select(f => (f.Metode, f.Sti, f.Status)).ToHashSet();
        foreach (var (metode, ende, status) in new[]
        {
            ("POST", "/bulk/kjennemerke", 200), ("POST", "/bulk/kuid", 200), ("GET", "/bulk/understellsnummer/{understellsnummer}", 200),
            ("GET", "/sok/eiernavn", 200), ("GET", "/sok/eiernavn", 204), ("POST", "/person", 200), ("POST", "/organisasjon", 200),
            ("GET", "/bulk/understellsnummer/{understellsnummer}", 400), ("POST", "/bulk/kjennemerke", 400), ("POST", "/person", 400),
            ("POST", "/person", 401), ("POST", "/person", 403), ("POST", "/bulk/kjennemerke", 413), ("POST", "/person", 415), ("POST", "/person", 429),
        })
        {
            Assert.True(sett.Any(f => f.Metode == metode && f.Sti.EndsWith(ende, StringComparison.Ordinal) && f.Status == status),
                $"ingen {status} fra {metode} {ende} ble sjekket: {string.Join(", ", statuser.Select(s => $"{s.Hva}={(int)s.Status}"))}");
        }

        Assert.Equal(HttpStatusCode.NotFound, ukjent.StatusCode);
        Assert.Null(ukjentAvvik);
        var avvik = klient.Svarkontroll.Funn.Where(f => f.Avvik is not null).ToList();
        Assert.True(avvik.Count == 0, "Svar som ikke stemmer med /openapi/v1.json:\n" + string.Join("\n", avvik));
        var andres = Svarkontroll.Alle.Where(f => f.Avvik is not null && !f.Avvik.StartsWith("statusen", StringComparison.Ordinal)).Distinct().ToList();
        Assert.True(andres.Count == 0, "Svar andre tester fikk som ikke stemmer med /openapi/v1.json:\n" + string.Join("\n", andres));
    }

    [Fact]
    public void TheCheckCatchesABodyThatDoesNotMatch()
    {
        var skjema = new Apidokumentskjema(File.ReadAllText(Repo.Dokument));
        const string Mal = "/kjoretoyregister/api/v1/ks/{fiksOrgId}/person";

        var riktig = skjema.Avvik("POST", Mal, 200, "application/json", """{"fnr":"01018012345","kjoretoy":[{"kjennemerke":"AB 12345"}]}""");
        var utenFelt = skjema.Avvik("POST", Mal, 200, "application/json", """{"kjoretoy":[]}""");
        var feilType = skjema.Avvik("POST", Mal, 401, "application/json", """{"timestamp":"nå","status":401,"error":"Unauthorized","errorId":"ikke-uuid","path":"/","message":"x"}""");
        var udokumentert = skjema.Avvik("POST", Mal, 418, "application/json", "{}");

        Assert.Null(riktig);
        Assert.Contains("fnr", utenFelt, StringComparison.Ordinal);
        Assert.Contains("/timestamp", feilType, StringComparison.Ordinal);
        Assert.Contains("/errorId", feilType, StringComparison.Ordinal);
        Assert.NotNull(udokumentert);
    }

    private static async Task<HttpStatusCode> Post(Fiksklient klient, string sti, string json, string token) =>
        (await klient.SendAsync(HttpMethod.Post, sti, json, token)).StatusCode;

    private static async Task<HttpStatusCode> Get(Fiksklient klient, string sti, string token) =>
        (await klient.SendAsync(HttpMethod.Get, sti, token: token)).StatusCode;
}

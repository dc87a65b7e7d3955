using System.Net;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Drift;

public sealed class DokumentasjonTests(TomtRegister register) : IClassFixture<TomtRegister>
{
    [Fact]
    public async Task OpenApiDocumentListsEveryLookupPath()
    {
        using var http = register.Server.CreateClient();

        var dokument = await Svar.JsonAsync(await http.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        var stier = dokument.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/kjoretoyregister/api/{fiksOrgId}/rest/distribusjon/kjoretoy/v2.0/bulk/kjennemerke", stier);
        Assert.Contains("/kjoretoyregister/api/{fiksOrgId}/rest/distribusjon/kjoretoy/v2.0/bulk/kuid", stier);
        Assert.Contains("/kjoretoyregister/api/{fiksOrgId}/rest/distribusjon/kjoretoy/v2.0/bulk/understellsnummer/{understellsnummer}", stier);
        Assert.Contains("/kjoretoyregister/api/{fiksOrgId}/rest/distribusjon/kjoretoy/v2.0/sok/eiernavn", stier);
        Assert.Contains("/kjoretoyregister/api/v1/ks/{fiksOrgId}/person", stier);
        Assert.Contains("/kjoretoyregister/api/v1/ks/{fiksOrgId}/organisasjon", stier);
    }

    [Fact]
    public async Task ApiReferencePageIsServedWithoutExternalScripts()
    {
        using var http = register.Server.CreateClient();

        using var side = await http.GetAsync(new Uri("/api-dokumentasjon", UriKind.Relative));
        var html = await side.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, side.StatusCode);
        Assert.Equal("text/html", side.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("cdn.jsdelivr.net", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFrontPageLeadsToForvaltningAndTheServerHasAnIcon()
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { BaseAddress = register.Server.Adresse };

        using var forside = await http.GetAsync(new Uri("/", UriKind.Relative));
        using var ikon = await http.GetAsync(new Uri("/favicon.ico", UriKind.Relative));
        var bytes = await ikon.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.Redirect, forside.StatusCode);
        Assert.Equal("/forvaltning", forside.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, ikon.StatusCode);
        Assert.Equal("image/x-icon", ikon.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new byte[] { 0, 0, 1, 0 }, bytes[..4]);
    }
}

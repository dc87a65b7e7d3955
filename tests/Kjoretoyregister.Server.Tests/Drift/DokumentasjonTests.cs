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
}

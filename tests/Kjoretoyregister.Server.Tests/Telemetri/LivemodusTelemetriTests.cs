using System.Diagnostics;
using System.Net;
using Kjoretoyregister.Server.Registerkilde;
using Kjoretoyregister.Server.Telemetri;
using Kjoretoyregister.Server.Tests.Registerkilde;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Telemetri;

/// <summary>
/// Live mode (the Fiks side calling SVV's side over HTTP): the SVV calls are client spans whose URL names
/// no key, the meter times them by the path's template, and nothing exported holds what was looked up.
/// </summary>
[Collection(Telemetrisamling.Navn)]
public sealed class LivemodusTelemetriTests
{
    [Fact]
    public async Task SvvCallsAreTimedByTemplateAndNoKeyLeavesInTheirSpans()
    {
        var fangst = new Telemetrifangst();
        using var servere = await Toservere.StartAsync(antallKjoretoy: 20, fiksOppsett: fangst.Koble);
        using var fiks = new Fiksklient(servere.Fiks);
        var data = Registerdata.Les(servere.Svv.DataKatalog);
        var (plate, vin, fnr) = (data.Kjennemerker[0], data.Understellsnumre[0], data.Fodselsnumre[0]);
        var token = await fiks.TokenAsync();
        using var leverandor = Traceparent.Leverandor();

        using var kjennemerke = await fiks.KjennemerkerAsync($$"""[{"kjennemerke": "{{plate}}"}]""", token);
        using var understell = await fiks.SendAsync(HttpMethod.Get, fiks.SvvSti("bulk/understellsnummer/" + Uri.EscapeDataString(vin)), token: token);
        using var person = await fiks.SendAsync(HttpMethod.Post, fiks.KsSti("person"), $$"""{"fnr": "{{fnr}}"}""", token);

        Assert.Equal(HttpStatusCode.OK, kjennemerke.StatusCode);
        Assert.Equal(HttpStatusCode.OK, understell.StatusCode);
        Assert.Equal(HttpStatusCode.OK, person.StatusCode);
        fangst.Tom(servere.Fiks);
        var svvUrl = fangst.Spor.Where(s => s.Type == ActivityKind.Client && s.Tag("url.full") is { } u && u.Contains("/rest/distribusjon/kjoretoy/v2.0/", StringComparison.Ordinal))
            .Select(s => s.Tag("url.full")!).ToList();
        Assert.Contains(svvUrl, u => u.EndsWith("/v2.0/bulk/understellsnummer/{understellsnummer}", StringComparison.Ordinal));
        Assert.Contains(svvUrl, u => u.EndsWith("/v2.0/sok/fodselsnummer", StringComparison.Ordinal));
        var svv = fangst.Punkter("kjoretoyregister.svv.varighet").Select(p => (Tagger: Telemetrifangst.Tagger(p), Antall: p.GetHistogramCount()))
            .ToDictionary(p => (p.Tagger["operasjon"], p.Tagger["utfall"]), p => p.Antall);
        Assert.Equal(1, svv[("bulk/kjennemerke", SvvUtfall.Ok)]);
        Assert.Equal(1, svv[("bulk/understellsnummer/{understellsnummer}", SvvUtfall.Ok)]);
        Assert.True(svv[("sok/fodselsnummer", SvvUtfall.Ok)] >= 1);
        Assert.Empty(fangst.Punkter("kjoretoyregister.svv.feil"));
        Assert.Contains(fangst.Spor, s => s.Tag(Oppslagsspor.Operasjon) == "person" && s.Tag(Oppslagsspor.Utfall) == "treff");
        Lekkasjesjekk.IngenAv(fangst, [plate, vin, fnr, fiks.Demo.IntegrasjonPassord, token]);
    }
}

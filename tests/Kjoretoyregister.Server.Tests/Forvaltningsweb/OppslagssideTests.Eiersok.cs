using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Kjoretoyregister.Contracts;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Forvaltningsweb;

/// <summary>The lookup page's owner search narrows as the API does (docs/eiersok.md): the same vehicles for the same question.</summary>
public abstract partial class OppslagssideTests
{
    [Fact]
    public async Task TheOwnerSearchOnThePageFindsWhatTheApiFindsWithPrefixPhoneticFylkeAndFodselsdato()
    {
        var kommune = await Testkommune.OpprettAsync(Server);
        using var saksbehandler = await Saksbehandler.InnloggetAsync(Server, kommune);
        using var fiks = new Fiksklient(Server);
        var slekt = "Qvist" + string.Concat(Guid.NewGuid().ToString("N")[..6].Select(c => (char)('a' + (c % 16))));
        var forste = Kjoretoydata.Ny(slekt);
        var andre = Kjoretoydata.Ny(slekt);
        fiks.Importer(forste.Linje(), andre.Linje());
        var fodselsdato = Fodselsnummer.Parse(forste.Fnr).Fodselsdato!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        string[] begge = [forste.Kuid, andre.Kuid];
        (string Navn, (string Navn, string Verdi)[] Avgrensning, string[] Ventet)[] sporsmal =
        [
            ($"kar {slekt[..7]}", [], begge),
            ("Kv" + slekt[2..], [("fonetisk", "true")], begge),
            ("Kv" + slekt[2..], [], []),
            (slekt, [("fylke", "03")], begge),
            (slekt, [("fylke", "46")], []),
            (slekt, [("fodselsdato", fodselsdato)], [forste.Kuid]),
            (slekt, [("ekskluderVraketUtfort", "true")], begge),
        ];

        foreach (var (navn, avgrensning, ventet) in sporsmal)
        {
            var api = await ApiKuiderAsync(fiks, navn, avgrensning);
            var side = await saksbehandler.SlaOppAsync("eiernavn", navn, Formal, "SAK-EIERSOK", avgrensning);

            Assert.Equal(HttpStatusCode.OK, side.Status);
            var paSiden = Regex.Matches(side.Html, """name="verdi" value="(\d+)">""").Select(m => m.Groups[1].Value).Where(begge.Contains).Order().ToList();
            Assert.Equal(ventet.Order(), api.Order());
            Assert.Equal(api.Order(), paSiden);
        }
    }

    [Fact]
    public async Task ABadNarrowingOnThePageNamesItsField()
    {
        var kommune = await Testkommune.OpprettAsync(Server);
        using var saksbehandler = await Saksbehandler.InnloggetAsync(Server, kommune);

        var svar = await saksbehandler.SlaOppAsync("eiernavn", "Kari Hansen", Formal, "SAK-FYLKE", ("fylke", "Vestland"));

        Assert.StartsWith("Parameteren fylke ", Assert.Single(Forvaltningsklient.Feilmeldinger(svar.Html)), StringComparison.Ordinal);
        Assert.Contains("""<a href="#fylke">""", svar.Html, StringComparison.Ordinal);
        Assert.Empty(await RaderAsync(kommune.FiksOrgId, "SAK-FYLKE"));
    }

    private static async Task<List<string>> ApiKuiderAsync(Fiksklient fiks, string navn, (string Navn, string Verdi)[] avgrensning)
    {
        var sporring = string.Concat(avgrensning.Select(a => $"&{a.Navn}={Uri.EscapeDataString(a.Verdi)}"));
        using var svar = await fiks.SendAsync(HttpMethod.Get, fiks.SvvSti($"sok/eiernavn?navn={Uri.EscapeDataString(navn)}{sporring}"));
        if (svar.StatusCode == HttpStatusCode.NoContent)
        {
            return [];
        }

        var json = await Svar.JsonAsync(svar);
        return [.. json.GetProperty("kjoretoyresponser").EnumerateArray().Select(k => k.GetProperty("kjoretoy").GetProperty("kjoretoyId").GetProperty("kuid").GetString()!)];
    }
}

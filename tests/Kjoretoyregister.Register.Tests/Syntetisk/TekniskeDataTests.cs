using System.Text;
using System.Text.Json;
using Kjoretoyregister.Contracts;
using Kjoretoyregister.Register.Lagring;
using Kjoretoyregister.Register.Syntetisk;
using Kjoretoyregister.Register.Tests.Testdata;

namespace Kjoretoyregister.Register.Tests.Syntetisk;

public class TekniskeDataTests
{
    /// <summary>The combustion engine of the plug-in hybrid in SVV's example answer.</summary>
    private const string ForbrenningsmotorIEksempelet = "\"motorKode\":\"4B11\"";

    [Fact]
    public async Task TechnicalDataAreTheSameBytesForTheSameSeed()
    {
        var forste = await GenererAsync(600, seed: 3);

        var andre = await GenererAsync(600, seed: 3);

        Assert.Equal(forste, andre);
        Assert.NotEqual(await SyntetiskeLinjer.GenererAsync(600, seed: 3), forste);
    }

    [Fact]
    public async Task EachModelHasAHandfulOfVariantsWithItsOwnMakeAndModel()
    {
        var linjer = SyntetiskeLinjer.Tekstlinjer(await GenererAsync(2_000));

        var godkjenninger = new Dictionary<string, HashSet<string>>();
        foreach (var linje in linjer)
        {
            using var dokument = JsonDocument.Parse(linje);
            if (!dokument.RootElement.TryGetProperty("godkjenning", out var godkjenning))
            {
                continue;
            }

            var generelt = godkjenning.GetProperty("tekniskGodkjenning").GetProperty("tekniskeData").GetProperty("generelt");
            var modell = generelt.GetProperty("merke")[0].GetProperty("merke").GetString() + " " + generelt.GetProperty("handelsbetegnelse")[0].GetString();
            if (!godkjenninger.TryGetValue(modell, out var varianter))
            {
                godkjenninger[modell] = varianter = [];
            }

            varianter.Add(godkjenning.GetRawText());
        }

        Assert.True(godkjenninger.Count > 30, $"bare {godkjenninger.Count} modeller");
        Assert.All(godkjenninger.Values, v => Assert.InRange(v.Count, 1, 2 * TekniskeData.Varianter));
        Assert.Contains(godkjenninger.Values, v => v.Count > 1);
    }

    [Fact]
    public async Task ImportedVehicleAnswersAreAsLargeAsSvvsExample()
    {
        await using var register = await TestRegister.OpprettAsync(Lagringsmotor.Sqlite, DateTimeOffset.Parse("2026-10-31T12:00:00+01:00", System.Globalization.CultureInfo.InvariantCulture));
        var resultat = await register.ImporterAsync(Encoding.UTF8.GetString(await GenererAsync(200)));
        Assert.True(resultat.Lagret, string.Join("; ", register.Feil));

        var storrelser = new List<(int Bytes, bool Forbrenning)>();
        for (var i = 0; i < 200; i++)
        {
            var svar = await register.Oppslag.SlaOppKuidAsync(Kuid.Parse((KjoretoySkriver.KuidBase + i).ToString(System.Globalization.CultureInfo.InvariantCulture)), null);
            if (svar.ErTreff)
            {
                var json = Svarjson.Fra(svar).Json;
                storrelser.Add((json.Length, Encoding.UTF8.GetString(json).Contains(ForbrenningsmotorIEksempelet, StringComparison.Ordinal)));
            }
        }

        // SVV's example answers are 12.6 KB (a plug-in hybrid) and 9.2 KB (an electric car); trailers have no engine.
        Assert.True(storrelser.Count(s => s.Forbrenning) > 100);
        Assert.All(storrelser.Where(s => s.Forbrenning), s => Assert.InRange(s.Bytes, 10_000, 15_360));
        Assert.All(storrelser, s => Assert.InRange(s.Bytes, 7_000, 15_360));
        Assert.InRange(storrelser.Select(s => s.Bytes).Order().ElementAt(storrelser.Count / 2), 10_000, 15_360);
    }

    private static async Task<byte[]> GenererAsync(long antall, int seed = 1)
    {
        using var ut = new MemoryStream();
        await SyntetiskRegister.SkrivAsync(ut, new SyntetiskRegisterOptions(antall, seed) { TekniskeData = true });
        return ut.ToArray();
    }
}

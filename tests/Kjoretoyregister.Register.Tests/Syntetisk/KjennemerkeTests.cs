using System.Text.Json;

namespace Kjoretoyregister.Register.Tests.Syntetisk;

public class KjennemerkeTests
{
    [Fact]
    public async Task NoPlateIsOnTwoVehiclesAtOverlappingTimes()
    {
        var linjer = await SyntetiskeLinjer.LesAsync(5_000);

        var feste = Linjeinnhold.Kjoretoy(linjer)
            .SelectMany(k => k.GetProperty("kjennemerker").EnumerateArray().Select(p => (Eier: k.GetProperty("kuid").GetString()!, Periode: p)))
            .Concat(Linjeinnhold.Provekjennemerker(linjer).Select(p => (Eier: "P" + p.GetProperty("prkid").GetString(), Periode: p)))
            .GroupBy(f => Linjeinnhold.Sokenokkel(f.Periode.GetProperty("kjennemerke").GetString()!))
            .ToList();

        Assert.All(feste, gruppe =>
        {
            var sortert = gruppe.OrderBy(f => f.Periode.Fom()).ToList();
            for (var i = 1; i < sortert.Count; i++)
            {
                Assert.True(sortert[i].Periode.Fom() >= sortert[i - 1].Periode.Til(), $"{gruppe.Key} er på {sortert[i - 1].Eier} og {sortert[i].Eier} samtidig");
            }
        });
    }

    [Fact]
    public async Task AboutOneVehicleInTwentyHasAPersonalisedPlateAndSomeMoveToAnotherVehicle()
    {
        var linjer = await SyntetiskeLinjer.LesAsync(5_000);

        var kjoretoy = Linjeinnhold.Kjoretoy(linjer).ToList();
        var personlige = kjoretoy
            .SelectMany(k => k.GetProperty("kjennemerker").EnumerateArray()
                .Where(p => p.GetProperty("kjennemerkekategori").GetString() == "PERSONLIG")
                .Select(p => (Kuid: k.GetProperty("kuid").GetString(), Tekst: p.GetProperty("kjennemerke").GetString()!)))
            .ToList();

        var andel = personlige.Select(p => p.Kuid).Distinct().Count() / (double)kjoretoy.Count;
        Assert.InRange(andel, 0.02, 0.10);
        Assert.All(personlige, p => Assert.Matches("^[A-ZÆØÅ]{2,7}[0-9]*$", p.Tekst));
        Assert.All(personlige, p => Assert.InRange(p.Tekst.Length, 2, 7));
        Assert.Contains(personlige.GroupBy(p => p.Tekst), g => g.Select(p => p.Kuid).Distinct().Count() == 2);
    }

    [Fact]
    public async Task PlatesFollowTheNorwegianSeries()
    {
        var linjer = await SyntetiskeLinjer.LesAsync(5_000);

        var hovedkjennemerker = Linjeinnhold.Kjoretoy(linjer)
            .SelectMany(k => k.GetProperty("kjennemerker").EnumerateArray()
                .Where(p => p.GetProperty("kjennemerkekategori").GetString() == "KJORETOY")
                .Select(p => (Klasse: HistorikkTests.Klasse(k), El: ErElektrisk(k), Tekst: p.GetProperty("kjennemerke").GetString()!)))
            .ToList();

        Assert.All(hovedkjennemerker, p =>
        {
            var monster = p.Klasse switch
            {
                "M1" when p.El => "^E[LKVBCDEFHJ] [1-9][0-9]{4}$",
                "M1" or "N1" => "^[A-DF-Z][A-Z] [1-9][0-9]{4}$",
                _ => "^[A-DF-Z][A-Z] [1-9][0-9]{3}$",
            };
            Assert.Matches(monster, p.Tekst);
        });
        Assert.All(Linjeinnhold.Provekjennemerker(linjer), p => Assert.Matches("^P [1-9][0-9]{4,5}$", p.GetProperty("kjennemerke").GetString()));
        Assert.Contains(hovedkjennemerker, p => p.Klasse == "L3e");
        Assert.Contains(hovedkjennemerker, p => p.Klasse is "O1" or "O2");
        Assert.Contains(hovedkjennemerker, p => p.Klasse == "L1e");
    }

    private static bool ErElektrisk(JsonElement kjoretoy) =>
        kjoretoy.GetRawText().Contains("\"Elektrisitet\"", StringComparison.Ordinal)
        && !kjoretoy.GetRawText().Contains("\"Bensin\"", StringComparison.Ordinal);
}

namespace Kjoretoyregister.Register.Tests.Syntetisk;

public class ProvekjennemerkeTests
{
    [Fact]
    public async Task DayAndAnnualTrialPlatesHaveDrivingSlips()
    {
        var linjer = await SyntetiskeLinjer.LesAsync(5_000);

        var provekjennemerker = Linjeinnhold.Provekjennemerker(linjer).ToList();
        var dags = provekjennemerker.Where(p => p.Tekst("kjennemerketype") == "DAGSPROVEKJENNEMERKE").ToList();
        var ars = provekjennemerker.Where(p => p.Tekst("kjennemerketype") == "ARSPROVEKJENNEMERKE").ToList();

        Assert.InRange(provekjennemerker.Count, 5_000 / 200, 5_000 / 100);
        Assert.NotEmpty(dags);
        Assert.NotEmpty(ars);
        Assert.All(dags, p => Assert.InRange(Linjeinnhold.Kjoresedler(p).Count(), 1, 3));
        Assert.All(ars, p => Assert.True(p.GetProperty("eier").TryGetProperty("enhet", out _)));
        Assert.True(ars.Average(p => Linjeinnhold.Kjoresedler(p).Count()) > 5);
        Assert.Equal(provekjennemerker.Count, provekjennemerker.Select(p => p.Tekst("prkid")).Distinct().Count());
    }

    [Fact]
    public async Task EveryDrivingSlipRefersToAVehicleOnAnEarlierLine()
    {
        var linjer = await SyntetiskeLinjer.LesAsync(5_000);

        var kjente = new HashSet<string>();
        var sjekket = 0;
        foreach (var linje in linjer)
        {
            if (linje.Type() == "kjoretoy")
            {
                kjente.Add(linje.Tekst("kuid")!);
                continue;
            }

            foreach (var kjoreseddel in Linjeinnhold.Kjoresedler(linje))
            {
                Assert.Contains(kjoreseddel.Tekst("kuid")!, kjente);
                sjekket++;
            }
        }

        Assert.True(sjekket > 100);
    }

    [Fact]
    public async Task DrivingSlipsOfOnePlateDoNotOverlapAndLieWithinThePlatesPeriod()
    {
        var linjer = await SyntetiskeLinjer.LesAsync(5_000);

        var provekjennemerker = Linjeinnhold.Provekjennemerker(linjer).ToList();

        Assert.All(provekjennemerker, p =>
        {
            var sedler = Linjeinnhold.Kjoresedler(p).OrderBy(k => k.Fom()).ToList();
            Assert.All(sedler, k => Assert.True(k.Fom() >= p.Fom() && k.Til() <= p.Til(), k.GetRawText()));
            for (var i = 1; i < sedler.Count; i++)
            {
                Assert.True(sedler[i].Fom() >= sedler[i - 1].Til(), p.Tekst("prkid"));
            }
        });
    }
}

using System.Text;
using Kjoretoyregister.Register.Syntetisk;

namespace Kjoretoyregister.Register.Tests.Syntetisk;

public class KjennemerkeserieTests
{
    [Fact]
    public void EveryPlateOfTheElSeriesIsDistinctOverItsWholeCapacity()
    {
        var serie = Kjennemerkeserie.El(seed: 3);
        Span<byte> tekst = stackalloc byte[16];

        // Key: two letters (26 × 26) and the number 10000–99999; a bit per possible plate.
        var sett = new System.Collections.BitArray(26 * 26 * 90_000);
        var antall = 0L;
        var lengder = 0L;
        for (var n = 0L; n < serie.Kapasitet; n++)
        {
            lengder += serie.Skriv(n, tekst);
            var tall = 0;
            for (var i = 3; i < 8; i++)
            {
                tall = (tall * 10) + (tekst[i] - '0');
            }

            var nokkel = (((tekst[0] - 'A') * 26) + (tekst[1] - 'A')) * 90_000 + tall - 10_000;
            antall += sett[nokkel] ? 0 : 1;
            sett[nokkel] = true;
        }

        Assert.Equal(serie.Kapasitet, antall);
        Assert.Equal(8 * serie.Kapasitet, lengder);
        Assert.Equal(20 * 90_000, serie.Kapasitet);
    }

    [Fact]
    public void EveryPersonalisedPlateIsDistinctAndNeverLooksLikeAnotherSeries()
    {
        var personlige = new PersonligeKjennemerker(seed: 3);
        var tekst = new byte[24];

        var sett = new HashSet<string>(StringComparer.Ordinal);
        for (var n = 0L; n < personlige.Kapasitet; n++)
        {
            sett.Add(Encoding.UTF8.GetString(tekst, 0, personlige.Skriv(n, tekst)));
        }

        Assert.Equal(personlige.Kapasitet, sett.Count);
        Assert.DoesNotContain(sett, s => s.Length is < 2 or > 7);
        Assert.DoesNotContain(sett, s => System.Text.RegularExpressions.Regex.IsMatch(s, "^[A-ZÆØÅ]{1,2}[0-9]{4,5}$"));
    }

    [Fact]
    public void TenMillionVehiclesFitWithoutRepeatingAPlate()
    {
        var generator = new KjoretoyGenerator(seed: 1, sisteDag: Oslotid.Dag(2026, 10, 31), new Parter(1, 2026));

        var kapasitet = Math.Min(generator.Kapasitet, Provekjennemerker.Kapasitet);

        Assert.True(kapasitet >= 10_000_000, $"Plass til {kapasitet} kjøretøy");
    }
}

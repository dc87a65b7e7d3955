using System.Text.Json;

namespace Kjoretoyregister.Register.Tests.Syntetisk;

public class DeterminismeTests
{
    [Fact]
    public async Task SameSeedGivesSameBytes()
    {
        var forste = await SyntetiskeLinjer.GenererAsync(5_000, seed: 7);

        var andre = await SyntetiskeLinjer.GenererAsync(5_000, seed: 7);

        Assert.Equal(forste, andre);
    }

    [Fact]
    public async Task DifferentSeedGivesDifferentBytes()
    {
        var forste = await SyntetiskeLinjer.GenererAsync(5_000, seed: 7);

        var andre = await SyntetiskeLinjer.GenererAsync(5_000, seed: 8);

        Assert.NotEqual(forste, andre);
    }

    [Fact]
    public async Task OutputIsUtf8WithoutBomAndWithNewlineLineEnds()
    {
        var ndjson = await SyntetiskeLinjer.GenererAsync(500);

        Assert.NotEqual(0xEF, ndjson[0]);
        Assert.DoesNotContain((byte)'\r', ndjson);
        Assert.Equal((byte)'\n', ndjson[^1]);
        Assert.Contains("Ø", System.Text.Encoding.UTF8.GetString(ndjson), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(1_050)]
    public async Task VehicleLinesDoNotDependOnHowManyVehiclesAreGenerated(int antall)
    {
        var kort = Kjoretoylinjer(await SyntetiskeLinjer.GenererAsync(antall));

        var lang = Kjoretoylinjer(await SyntetiskeLinjer.GenererAsync(2_000));

        Assert.Equal(antall, kort.Count);
        Assert.Equal(kort, lang.Take(antall));
    }

    [Fact]
    public async Task WholeBlocksAreAPrefixOfALongerRegister()
    {
        var kort = await SyntetiskeLinjer.GenererAsync(1_000);

        var lang = await SyntetiskeLinjer.GenererAsync(2_000);

        Assert.Equal(kort, lang.AsSpan(0, kort.Length).ToArray());
    }

    [Fact]
    public async Task NoVehiclesGivesAnEmptyStream()
    {
        var ndjson = await SyntetiskeLinjer.GenererAsync(0);

        Assert.Empty(ndjson);
    }

    private static List<string> Kjoretoylinjer(byte[] ndjson)
    {
        var linjer = new List<string>();
        foreach (var linje in SyntetiskeLinjer.Tekstlinjer(ndjson))
        {
            using var dokument = JsonDocument.Parse(linje);
            if (dokument.RootElement.GetProperty("type").GetString() == "kjoretoy")
            {
                linjer.Add(linje);
            }
        }

        return linjer;
    }
}

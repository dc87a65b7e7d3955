using System.Globalization;
using System.Text.Json;

namespace Kjoretoyregister.Register.Tests.Syntetisk;

public class PartTests
{
    private static readonly int[] Fnrvekter1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
    private static readonly int[] Fnrvekter2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
    private static readonly int[] Orgnrvekter = [3, 2, 7, 6, 5, 4, 3, 2];

    [Fact]
    public async Task EveryFodselsnummerIsValidAndSynthetic()
    {
        var linjer = await SyntetiskeLinjer.LesAsync(5_000);

        var fodselsnumre = Linjeinnhold.Personer(linjer).Select(p => p.GetProperty("person").GetProperty("fodselsnummer").GetString()!).ToList();

        Assert.True(fodselsnumre.Count > 5_000);
        Assert.All(fodselsnumre, fnr =>
        {
            Assert.Matches("^[0-9]{11}$", fnr);
            Assert.Equal(fnr[9] - '0', Linjeinnhold.Kontrollsiffer(fnr, Fnrvekter1));
            Assert.Equal(fnr[10] - '0', Linjeinnhold.Kontrollsiffer(fnr, Fnrvekter2));
            var maned = int.Parse(fnr[2..4], CultureInfo.InvariantCulture);
            Assert.InRange(maned, 81, 92);
            var individnummer = int.Parse(fnr[6..9], CultureInfo.InvariantCulture);
            var ar = (individnummer < 500 ? 1900 : 2000) + int.Parse(fnr[4..6], CultureInfo.InvariantCulture);
            Assert.InRange(ar, 1900, 2039);
            Assert.True(DateOnly.TryParseExact($"{ar}-{maned - 80:00}-{fnr[..2]}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), fnr);
        });
    }

    [Fact]
    public async Task EveryOrganisasjonsnummerIsValid()
    {
        var linjer = await SyntetiskeLinjer.LesAsync(5_000);

        var organisasjonsnumre = linjer.SelectMany(Linjeinnhold.Parter)
            .Where(p => p.Part.TryGetProperty("enhet", out _))
            .Select(p => p.Part.GetProperty("enhet").GetProperty("organisasjonsnummer").GetString()!)
            .ToList();

        Assert.True(organisasjonsnumre.Count > 500);
        Assert.All(organisasjonsnumre, orgnr =>
        {
            Assert.Matches("^[89][0-9]{8}$", orgnr);
            Assert.Equal(orgnr[8] - '0', Linjeinnhold.Kontrollsiffer(orgnr, Orgnrvekter));
        });
    }

    [Fact]
    public async Task OneFodselsnummerAlwaysHasTheSameNameAndAddress()
    {
        var linjer = await SyntetiskeLinjer.LesAsync(5_000);

        var grupper = Linjeinnhold.Personer(linjer)
            .GroupBy(p => p.GetProperty("person").GetProperty("fodselsnummer").GetString()!)
            .Where(g => g.Count() > 1)
            .ToList();

        Assert.True(grupper.Count > 100, "Noen personer bør forekomme flere ganger.");
        Assert.All(grupper, g =>
        {
            Assert.Single(g.Select(p => p.GetProperty("person").GetRawText()).Distinct());
            Assert.True(g.Select(Adresse).OfType<string>().Distinct().Count() <= 1, g.Key);
        });
    }

    [Fact]
    public async Task OneOrganisasjonsnummerAlwaysHasTheSameName()
    {
        var linjer = await SyntetiskeLinjer.LesAsync(5_000);

        var grupper = linjer.SelectMany(Linjeinnhold.Parter)
            .Where(p => p.Part.TryGetProperty("enhet", out _))
            .Select(p => p.Part.GetProperty("enhet"))
            .GroupBy(e => e.GetProperty("organisasjonsnummer").GetString()!)
            .ToList();

        Assert.All(grupper, g => Assert.Single(g.Select(e => e.GetProperty("organisasjonsnavn").GetString()).Distinct()));
        Assert.Contains(grupper, g => g.Count() > 1);
    }

    [Fact]
    public async Task AddressesUseRealKommunerInNorway()
    {
        var linjer = await SyntetiskeLinjer.LesAsync(2_000);

        var adresser = linjer.SelectMany(Linjeinnhold.Parter)
            .Where(p => p.Part.TryGetProperty("adresse", out _))
            .Select(p => p.Part.GetProperty("adresse"))
            .ToList();

        Assert.NotEmpty(adresser);
        Assert.All(adresser, a =>
        {
            Assert.Matches("^[A-ZÆØÅ -]+ [0-9]+$", a.Tekst("adresselinje1"));
            Assert.Matches("^[0-9]{4}$", a.Tekst("postnummer"));
            Assert.Matches("^[0-9]{4}$", a.Tekst("kommunenummer"));
            Assert.Equal("NORGE", a.Tekst("land"));
            Assert.Equal("NOR", a.Tekst("landkode"));
        });
        Assert.Contains(adresser, a => a.Tekst("kommunenummer") == "0301" && a.Tekst("kommunenavn") == "OSLO");
        Assert.Contains(adresser, a => a.Tekst("kommunenummer") == "4601" && a.Tekst("kommunenavn") == "BERGEN");
    }

    private static string? Adresse(JsonElement part) => part.TryGetProperty("adresse", out var a) ? a.GetRawText() : null;
}

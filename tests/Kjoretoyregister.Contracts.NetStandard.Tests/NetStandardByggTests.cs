using System.Reflection;
using System.Runtime.Versioning;
using System.Text.Json;
using Kjoretoyregister.Contracts.Json;
using Kjoretoyregister.Contracts.Ks;

namespace Kjoretoyregister.Contracts.NetStandard.Tests;

/// <summary>The netstandard2.0 build is the one loaded here, and its JSON reads and writes as the net10.0 build's does.</summary>
public sealed class NetStandardByggTests
{
    [Fact]
    public void LoadedAssemblyIsTheNetStandard20Build()
    {
        var rammeverk = typeof(Kjennemerke).Assembly.GetCustomAttribute<TargetFrameworkAttribute>();

        Assert.Equal(".NETStandard,Version=v2.0", rammeverk?.FrameworkName);
    }

    [Theory]
    [InlineData(" 0012\t", "0012")]
    [InlineData("12345678901234567890", "12345678901234567890")]
    public void KuidAndPrkidKeepOneToTwentyDigitsAsGiven(string tekst, string forventet)
    {
        Assert.Equal(forventet, Kuid.Parse(tekst).Verdi);
        Assert.Equal(forventet, Prkid.Parse(tekst).Verdi);
    }

    [Theory]
    [InlineData("123456789012345678901")]
    [InlineData("12a")]
    [InlineData("\u0661\u0662")]
    public void KuidAndPrkidRefuseAnythingElse(string tekst)
    {
        Assert.False(Kuid.TryParse(tekst, out _, out var feil));
        Assert.Contains("kuid", feil, StringComparison.Ordinal);
        Assert.False(Prkid.TryParse(tekst, out _, out _));
    }

    [Fact]
    public void CalendarDateIsWrittenAsADateAlone()
    {
        var svar = new PersonKjoretoyResponse("01418512345", [new KsKjoretoy("AB12345", new DateTime(2019, 5, 2), null, null, null)]);

        var json = JsonSerializer.Serialize(svar, KontraktJsonContext.Kompakt.PersonKjoretoyResponse);

        Assert.Contains("\"forstegangsregistrering\":\"2019-05-02\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void CalendarDateIsReadAsMidnight()
    {
        var svar = JsonSerializer.Deserialize("{\"fnr\":\"01418512345\",\"kjoretoy\":[{\"kjennemerke\":\"AB12345\",\"forstegangsregistrering\":\"2019-05-02\"}]}", KontraktJsonContext.Kompakt.PersonKjoretoyResponse);

        Assert.Equal(new DateTime(2019, 5, 2), svar!.Kjoretoy[0].Forstegangsregistrering);
    }

    [Fact]
    public void CalendarDateWithATimeIsRefusedAsTheNet10BuildRefusesIt()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(
            "{\"fnr\":\"01418512345\",\"kjoretoy\":[{\"forstegangsregistrering\":\"2019-05-02T10:00:00\"}]}", KontraktJsonContext.Kompakt.PersonKjoretoyResponse));
    }

    [Fact]
    public void InstantIsWrittenWithOsloOffsetAndMilliseconds()
    {
        var tidspunkt = new DateTimeOffset(2021, 4, 21, 12, 32, 54, 295, TimeSpan.Zero);

        var json = JsonSerializer.Serialize(new Svv.Registrering(new Svv.KodeverkType("REGISTRERT"), null, tidspunkt, null), KontraktJsonContext.Kompakt.Options);

        Assert.Contains("\"fomTidspunkt\":\"2021-04-21T14:32:54.295+02:00\"", json, StringComparison.Ordinal);
    }
}

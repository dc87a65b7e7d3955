using Kjoretoyregister.Register.Import;

namespace Kjoretoyregister.Register.Tests.Import;

/// <summary>The phonetic key of docs/eiersok.md: names that sound alike get one key, names that do not keep theirs apart.</summary>
public sealed class NavnefonetikkTests
{
    [Theory]
    [InlineData("Kristiansen", "Christiansen")]
    [InlineData("Hansen", "Hanssen")]
    [InlineData("Hansen", "Hanson")]
    [InlineData("Aas", "Ås")]
    [InlineData("Aas", "Os")]
    [InlineData("Eriksen", "Erichsen")]
    [InlineData("Eriksen", "Ericsen")]
    [InlineData("Jakobsen", "Jacobsen")]
    [InlineData("Nilsen", "Nielsen")]
    [InlineData("Pettersen", "Petersen")]
    [InlineData("Schmidt", "Skmit")]
    [InlineData("Thorsen", "Torsen")]
    [InlineData("Wiik", "Vik")]
    [InlineData("Hjelle", "Jele")]
    [InlineData("Mathisen", "Matisen")]
    [InlineData("Zahl", "Sahl")]
    [InlineData("Meyer", "Meier")]
    public void NamesThatSoundAlikeGetTheSameKey(string navn, string likelydende)
    {
        Assert.Equal(Navnefonetikk.Nokkel(navn), Navnefonetikk.Nokkel(likelydende));
    }

    [Theory]
    [InlineData("Hansen", "Jensen")]
    [InlineData("Olsen", "Nilsen")]
    [InlineData("Aas", "Ask")]
    [InlineData("Berg", "Borg")]
    public void NamesThatSoundDifferentKeepDifferentKeys(string navn, string annet)
    {
        Assert.NotEqual(Navnefonetikk.Nokkel(navn), Navnefonetikk.Nokkel(annet));
    }

    [Theory]
    [InlineData("Christiansen", "KRISTIANSEN")]
    [InlineData("Ås", "OS")]
    [InlineData("Aasen", "OSEN")]
    [InlineData("Hanssen", "HANSEN")]
    [InlineData("Phillipson", "FILIPSEN")]
    [InlineData("Cecilie", "SESILI")]
    [InlineData("Hvidsten", "VIDSTEN")]
    [InlineData("Sachs", "SAKS")]
    [InlineData("", "")]
    public void KeyFollowsTheRuleTable(string navn, string nokkel)
    {
        Assert.Equal(nokkel, Navnefonetikk.Nokkel(navn));
    }

    [Fact]
    public void KeyOfAPrefixIsAPrefixOfTheKey()
    {
        Assert.StartsWith(Navnefonetikk.Nokkel("Chris"), Navnefonetikk.Nokkel("Kristiansen"), StringComparison.Ordinal);
    }
}

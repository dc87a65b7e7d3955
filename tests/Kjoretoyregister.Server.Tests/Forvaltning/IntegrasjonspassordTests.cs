using Kjoretoyregister.Server.Forvaltning;

namespace Kjoretoyregister.Server.Tests.Forvaltning;

public sealed class IntegrasjonspassordTests
{
    [Fact]
    public void TheHashVerifiesTheRightPasswordAndNotAWrongOne()
    {
        var passord = Integrasjonspassord.Generer();

        var hash = Integrasjonspassord.Hash(passord);

        Assert.True(Integrasjonspassord.Verifiser(passord, hash));
        Assert.False(Integrasjonspassord.Verifiser(passord + "x", hash));
    }

    [Fact]
    public void TwoHashesOfOnePasswordDifferBecauseOfTheSalt()
    {
        var passord = Integrasjonspassord.Generer();

        var forste = Integrasjonspassord.Hash(passord);
        var andre = Integrasjonspassord.Hash(passord);

        Assert.NotEqual(forste, andre);
        Assert.True(Integrasjonspassord.Verifiser(passord, andre));
    }

    [Fact]
    public void TheHashStatesAtLeastOneHundredThousandIterations()
    {
        var hash = Integrasjonspassord.Hash("passord");

        var deler = hash.Split('$');

        Assert.Equal("pbkdf2-sha512", deler[0]);
        Assert.True(int.Parse(deler[1], System.Globalization.CultureInfo.InvariantCulture) >= 100_000);
    }

    [Fact]
    public void GeneratedPasswordsAre43UrlSafeCharactersAndDiffer()
    {
        var forste = Integrasjonspassord.Generer();
        var andre = Integrasjonspassord.Generer();

        Assert.Equal(43, forste.Length);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", forste);
        Assert.NotEqual(forste, andre);
    }

    [Theory]
    [InlineData("")]
    [InlineData("passord")]
    [InlineData("pbkdf2-sha512$210000$AAAA")]
    [InlineData("md5$210000$AAAA$AAAA")]
    [InlineData("pbkdf2-sha512$mange$AAAA$AAAA")]
    [InlineData("pbkdf2-sha512$0$AAAA$AAAA")]
    [InlineData("pbkdf2-sha512$210000$ikke base64!$AAAA")]
    public void AMalformedHashVerifiesNothing(string hash)
    {
        var riktig = Integrasjonspassord.Verifiser("passord", hash);

        Assert.False(riktig);
    }
}

namespace Kjoretoyregister.Cli.Tests;

/// <summary><c>fiks-kjoretoy oppslag --eiernavn</c> with its narrowing (docs/eiersok.md), through the real process.</summary>
public sealed class EiersokKommandoTests(Oppslagsserver server) : IClassFixture<Oppslagsserver>, IDisposable
{
    private readonly string mappe = Directory.CreateTempSubdirectory("kjoretoy-eiersok-").FullName;

    public void Dispose() => Directory.Delete(mappe, recursive: true);

    [Theory]
    [InlineData("--fylke", "4", "--fylke")]
    [InlineData("--fylke", "Vestland", "--fylke")]
    [InlineData("--fodselsdato", "1981-13-01", "--fodselsdato")]
    public async Task AnInvalidNarrowingExitsTwoNamingTheOptionBeforeAnyCall(string valg, string verdi, string nevner)
    {
        var svar = await OppslagAsync("--eiernavn", "Hansen", valg, verdi);

        Assert.Equal(2, svar.Kode);
        Assert.Contains(nevner, svar.Feil, StringComparison.Ordinal);
        Assert.Equal("", svar.Ut);
    }

    [Fact]
    public async Task NarrowingWithoutEiernavnExitsTwo()
    {
        var svar = await OppslagAsync("--kjennemerke", server.Kjennemerke, "--fonetisk");

        Assert.Equal(2, svar.Kode);
        Assert.Contains("bare brukes med --eiernavn", svar.Feil, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANarrowedOwnerNameNobodyHasExitsThree()
    {
        var svar = await OppslagAsync("--eiernavn", "Finnesikkeetternavn", "--fonetisk", "--fylke", "46", "--fodselsdato", "1981-02-14", "--ekskluder-vraket-utfort");

        Assert.True(svar.Kode == 3, svar.Feil);
    }

    private Task<KjoretoyProsess.Resultat> OppslagAsync(params string[] argumenter) =>
        KjoretoyProsess.KjorVerktoyAsync(mappe, ["oppslag", .. argumenter, "--konfig", server.Konfig]);
}

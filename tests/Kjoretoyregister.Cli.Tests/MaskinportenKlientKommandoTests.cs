using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Kjoretoyregister.Server.Forvaltning;
using Kjoretoyregister.Server.Maskinporten;

namespace Kjoretoyregister.Cli.Tests;

/// <summary><c>kjoretoy forvaltning maskinporten-klient</c>: registering the local issuer's clients from a key or a certificate.</summary>
public sealed class MaskinportenKlientKommandoTests : IDisposable
{
    private const string Orgnr = "889640782";

    private readonly string mappe = Directory.CreateTempSubdirectory("kjoretoy-maskinporten-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(mappe, recursive: true);
    }

    private string DataDir => Path.Combine(mappe, "data");

    [Fact]
    public async Task AClientRegisteredFromAPrivateJwkKeepsOnlyThePublicKeyAndIsListed()
    {
        using var rsa = RSA.Create(2048);
        var p = rsa.ExportParameters(true);
        var fil = Path.Combine(mappe, "klient.jwk.json");
        await File.WriteAllTextAsync(fil, $$"""{"kty": "RSA", "kid": "nokkel-1", "n": "{{B64(p.Modulus)}}", "e": "{{B64(p.Exponent)}}", "d": "{{B64(p.D)}}", "p": "{{B64(p.P)}}"}""");

        var registrert = await Kjor("registrer", "--klient-id", "leverandor-a", "--orgnr", Orgnr, "--jwk-fil", fil);
        var liste = await Kjor("liste");

        Assert.True(registrert.Kode == 0, registrert.Feil);
        Assert.Contains("nokkel-1", liste.Ut, StringComparison.Ordinal);
        var klient = await Lagret("leverandor-a");
        Assert.Equal(["ks:fiks"], klient.Scopes);
        Assert.Equal(Orgnr, klient.Organisasjonsnummer.ToString());
        var jwk = Assert.Single(klient.OffentligeJwks);
        Assert.DoesNotContain("\"d\"", jwk, StringComparison.Ordinal);
        Assert.DoesNotContain("\"p\"", jwk, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AClientRegisteredFromAPemCertificateStoresTheCertificate()
    {
        using var rsa = RSA.Create(2048);
        using var sertifikat = new CertificateRequest("CN=Leverandør B, O=889640782", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var fil = Path.Combine(mappe, "klient.pem");
        await File.WriteAllTextAsync(fil, sertifikat.ExportCertificatePem());

        var registrert = await Kjor("registrer", "--klient-id", "leverandor-b", "--orgnr", Orgnr, "--sertifikat-fil", fil, "--scope", "ks:fiks", "ks:annet");

        Assert.True(registrert.Kode == 0, registrert.Feil);
        var klient = await Lagret("leverandor-b");
        Assert.Equal(Convert.ToBase64String(sertifikat.RawData), Assert.Single(klient.Sertifikater));
        Assert.Equal(["ks:fiks", "ks:annet"], klient.Scopes);
    }

    [Fact]
    public async Task AClientRegisteredFromAPkcs12FileWithItsPasswordStoresOnlyTheCertificate()
    {
        using var sertifikat = Selvsignert();
        var fil = Path.Combine(mappe, "klient.p12");
        await File.WriteAllBytesAsync(fil, sertifikat.Export(X509ContentType.Pkcs12, "hemmelig-passord"));

        var registrert = await Kjor("registrer", "--klient-id", "leverandor-c", "--orgnr", Orgnr, "--sertifikat-fil", fil, "--sertifikat-passord", "hemmelig-passord");

        Assert.True(registrert.Kode == 0, registrert.Feil);
        var lagret = Assert.Single((await Lagret("leverandor-c")).Sertifikater);
        Assert.Equal(Convert.ToBase64String(sertifikat.RawData), lagret);
        Assert.False(X509CertificateLoader.LoadCertificate(Convert.FromBase64String(lagret)).HasPrivateKey);
    }

    [Fact]
    public async Task APkcs12FileWithAWrongPasswordExitsTwoNamingTheOptionNotAStackTrace()
    {
        using var sertifikat = Selvsignert();
        var fil = Path.Combine(mappe, "klient.pfx");
        await File.WriteAllBytesAsync(fil, sertifikat.Export(X509ContentType.Pfx, "hemmelig-passord"));

        var svar = await Kjor("registrer", "--klient-id", "x", "--orgnr", Orgnr, "--sertifikat-fil", fil, "--sertifikat-passord", "feil");

        Assert.Equal(2, svar.Kode);
        Assert.StartsWith("kjoretoy: --sertifikat-fil: ", svar.Feil, StringComparison.Ordinal);
        Assert.Contains("--sertifikat-passord", svar.Feil, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", svar.Feil, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFileInNoCertificateFormatExitsTwoNamingTheFormatsAccepted()
    {
        var fil = Path.Combine(mappe, "klient.crt");
        await File.WriteAllTextAsync(fil, "dette er ikke et sertifikat");

        var svar = await Kjor("registrer", "--klient-id", "x", "--orgnr", Orgnr, "--sertifikat-fil", fil);

        Assert.Equal(2, svar.Kode);
        Assert.Contains("PEM, DER eller PKCS#12", svar.Feil, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", svar.Feil, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--jwk-fil")]
    [InlineData("--sertifikat-fil")]
    public async Task AMissingKeyFileExitsTwoNamingTheOptionAndThePathInNorwegian(string valg)
    {
        var fil = Path.Combine(mappe, "finnes-ikke.json");

        var svar = await Kjor("registrer", "--klient-id", "x", "--orgnr", Orgnr, valg, fil);

        Assert.Equal(2, svar.Kode);
        Assert.Equal($"kjoretoy: {valg}: finner ikke filen {fil}", svar.Feil.Trim());
        Assert.False(File.Exists(Path.Combine(DataDir, FiksDatabase.Filnavn)));
    }

    [Theory]
    [InlineData("--orgnr", "123456789")]
    [InlineData("ingen nøkkel", "")]
    public async Task BadInputExitsTwo(string hva, string verdi)
    {
        var argumenter = hva == "--orgnr"
            ? new[] { "registrer", "--klient-id", "x", "--orgnr", verdi, "--jwk-fil", "finnes-ikke.json" }
            : ["registrer", "--klient-id", "x", "--orgnr", Orgnr];

        var svar = await Kjor(argumenter);

        Assert.Equal(2, svar.Kode);
        Assert.False(File.Exists(Path.Combine(DataDir, FiksDatabase.Filnavn)));
    }

    private Task<KjoretoyProsess.Resultat> Kjor(params string[] argumenter) =>
        KjoretoyProsess.KjorAsync(mappe, ["forvaltning", "maskinporten-klient", .. argumenter, "--data-dir", DataDir]);

    private async Task<MaskinportenKlient> Lagret(string klientId)
    {
        var store = new SqliteMaskinportenKlientStore(new FiksDatabase(Path.Combine(DataDir, FiksDatabase.Filnavn)), TimeProvider.System);
        return (await store.HentAsync(klientId))!;
    }

    private static X509Certificate2 Selvsignert()
    {
        using var rsa = RSA.Create(2048);
        return new CertificateRequest("CN=Leverandør C, O=889640782", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
    }

    private static string B64(byte[]? bytes) => Convert.ToBase64String(bytes!).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

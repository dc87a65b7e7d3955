using System.Net;
using System.Text;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Maskinporten;

/// <summary>Token requests refused before the grant's claims are looked at: the form, the JWT, its algorithm and who signed it.</summary>
public sealed class MaskinportenSigneringAvvisningTests(TomtRegister register) : IClassFixture<TomtRegister>
{
    private readonly ServerFabrikk server = register.Server;

    [Fact]
    public async Task MissingGrantTypeIsInvalidRequest()
    {
        var klient = await server.NyKlientAsync();

        var (status, error, _) = await server.AvvisningAsync(server.Grant(klient), grantType: null);

        Assert.Equal((HttpStatusCode.BadRequest, "invalid_request"), (status, error));
    }

    [Fact]
    public async Task OtherGrantTypeIsUnsupportedGrantType()
    {
        var klient = await server.NyKlientAsync();

        var (status, error, _) = await server.AvvisningAsync(server.Grant(klient), grantType: "client_credentials");

        Assert.Equal((HttpStatusCode.BadRequest, "unsupported_grant_type"), (status, error));
    }

    [Fact]
    public async Task MissingAssertionIsInvalidRequest()
    {
        var (status, error, _) = await server.AvvisningAsync(assertion: null);

        Assert.Equal((HttpStatusCode.BadRequest, "invalid_request"), (status, error));
    }

    [Fact]
    public async Task GarbageAssertionIsInvalidRequest()
    {
        var (status, error, _) = await server.AvvisningAsync("dette.er-ikke.en-jwt");

        Assert.Equal((HttpStatusCode.BadRequest, "invalid_request"), (status, error));
    }

    [Fact]
    public async Task BodyThatIsNotAFormIsInvalidRequest()
    {
        using var http = server.CreateClient();
        using var innhold = new StringContent("""{"grant_type":"urn:ietf:params:oauth:grant-type:jwt-bearer"}""", Encoding.UTF8, "application/json");

        using var svar = await http.PostAsync(server.TokenEndpoint(), innhold);

        Assert.Equal(HttpStatusCode.BadRequest, svar.StatusCode);
        Assert.Contains("\"error\":\"invalid_request\"", await svar.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("HS256")]
    public async Task GrantNotSignedWithRsaIsRefused(string alg)
    {
        var klient = await server.NyKlientAsync();

        var (status, error, beskrivelse) = await server.AvvisningAsync(server.Grant(klient, alg: alg));

        Assert.Equal((HttpStatusCode.BadRequest, "invalid_grant"), (status, error));
        Assert.Contains($"algorithm '{alg}'", beskrivelse, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GrantWithNeitherKidNorX5cIsRefused()
    {
        var klient = await server.NyKlientAsync();
        klient.Nokkel.Kid = null;

        var (status, error, beskrivelse) = await server.AvvisningAsync(server.Grant(klient));

        Assert.Equal((HttpStatusCode.BadRequest, "invalid_grant"), (status, error));
        Assert.Contains("kid or x5c", beskrivelse, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GrantFromUnknownClientIsRefused()
    {
        var klient = await server.NyKlientAsync();

        var (status, error, beskrivelse) = await server.AvvisningAsync(server.Grant(klient with { Id = "klient-ukjent" }));

        Assert.Equal((HttpStatusCode.BadRequest, "invalid_grant"), (status, error));
        Assert.Contains("Client not found", beskrivelse, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GrantWithKidNotRegisteredForTheClientIsRefused()
    {
        var klient = await server.NyKlientAsync();

        var (status, error, beskrivelse) = await server.AvvisningAsync(server.Grant(klient with { Nokkel = Assertion.NyRsaNokkel() }));

        Assert.Equal((HttpStatusCode.BadRequest, "invalid_grant"), (status, error));
        Assert.Contains("Unknown kid", beskrivelse, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GrantWithAnotherClientsKidIsRefused()
    {
        var annen = await server.NyKlientAsync();
        var klient = await server.NyKlientAsync();

        var (status, error, beskrivelse) = await server.AvvisningAsync(server.Grant(klient with { Nokkel = annen.Nokkel }));

        Assert.Equal((HttpStatusCode.BadRequest, "invalid_grant"), (status, error));
        Assert.Contains("Unknown kid", beskrivelse, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GrantWithForgedSignatureUnderTheRegisteredKidIsRefused()
    {
        var klient = await server.NyKlientAsync();
        var forfalsker = Assertion.NyRsaNokkel(kid: klient.Nokkel.Kid);

        var (status, error, beskrivelse) = await server.AvvisningAsync(server.Grant(klient with { Nokkel = forfalsker }));

        Assert.Equal((HttpStatusCode.BadRequest, "invalid_grant"), (status, error));
        Assert.Contains("Invalid JWT signature", beskrivelse, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GrantWithCertificateNotRegisteredForTheClientIsRefused()
    {
        using var registrert = Assertion.NyttSertifikat();
        using var annet = Assertion.NyttSertifikat();
        var klient = await server.NyKlientAsync(sertifikat: registrert);

        var (status, error, beskrivelse) = await server.AvvisningAsync(Assertion.LagMedSertifikat(annet, klient.Id, server.Issuer(), "ks:fiks"));

        Assert.Equal((HttpStatusCode.BadRequest, "invalid_grant"), (status, error));
        Assert.Contains("not registered", beskrivelse, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GrantWithExpiredCertificateIsRefused()
    {
        using var utlopt = Assertion.NyttSertifikat(gyldighet: TimeSpan.FromDays(1), fra: DateTimeOffset.UtcNow.AddDays(-3));
        var klient = await server.NyKlientAsync(sertifikat: utlopt);

        var (status, error, beskrivelse) = await server.AvvisningAsync(Assertion.LagMedSertifikat(utlopt, klient.Id, server.Issuer(), "ks:fiks"));

        Assert.Equal((HttpStatusCode.BadRequest, "invalid_grant"), (status, error));
        Assert.Contains("expired", beskrivelse, StringComparison.Ordinal);
    }
}

using System.Net;
using Kjoretoyregister.Server.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Maskinporten;

/// <summary>Properly signed grants refused for what they claim: audience, lifetime, clock, jti, scope, delegation.</summary>
public sealed class MaskinportenGrantkravTests(TomtRegister register) : IClassFixture<TomtRegister>
{
    private readonly ServerFabrikk server = register.Server;

    [Theory]
    [InlineData("https://maskinporten.no/")]
    [InlineData("http://127.0.0.1:1/maskinporten/")]
    public async Task GrantForAnotherAudienceIsRefused(string aud)
    {
        var klient = await server.NyKlientAsync();

        var (status, error, beskrivelse) = await server.AvvisningAsync(Assertion.Lag(klient.Nokkel, klient.Id, aud, "ks:fiks"));

        Assert.Equal((HttpStatusCode.BadRequest, "invalid_grant"), (status, error));
        Assert.Contains("Invalid JWT claim aud", beskrivelse, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GrantWithTheTokenEndpointAsAudienceIsRefused()
    {
        var klient = await server.NyKlientAsync();

        var (status, error, _) = await server.AvvisningAsync(Assertion.Lag(klient.Nokkel, klient.Id, server.TokenEndpoint().ToString(), "ks:fiks"));

        Assert.Equal((HttpStatusCode.BadRequest, "invalid_grant"), (status, error));
    }

    [Fact]
    public async Task GrantLivingLongerThan120SecondsIsRefused()
    {
        var klient = await server.NyKlientAsync();
        var assertion = server.Grant(klient, endreClaims: c => c["exp"] = (long)c["iat"] + 121);

        var (status, error, beskrivelse) = await server.AvvisningAsync(assertion);

        Assert.Equal((HttpStatusCode.BadRequest, "invalid_grant"), (status, error));
        Assert.Contains("121 seconds", beskrivelse, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExpiredGrantIsRefused()
    {
        var klient = await server.NyKlientAsync();
        var assertion = server.Grant(klient, naa: DateTimeOffset.UtcNow.AddSeconds(-8), endreClaims: c => c["exp"] = (long)c["iat"] + 3);

        var (status, error, beskrivelse) = await server.AvvisningAsync(assertion);

        Assert.Equal((HttpStatusCode.BadRequest, "invalid_grant"), (status, error));
        Assert.Contains("expired", beskrivelse, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-40)]
    [InlineData(30)]
    public async Task GrantIssuedMoreThan10SecondsFromTheServersClockIsRefused(int sekunder)
    {
        var klient = await server.NyKlientAsync();
        var assertion = server.Grant(klient, naa: DateTimeOffset.UtcNow.AddSeconds(sekunder));

        var (status, error, beskrivelse) = await server.AvvisningAsync(assertion);

        Assert.Equal((HttpStatusCode.BadRequest, "invalid_grant"), (status, error));
        Assert.Contains("iat is", beskrivelse, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GrantWithoutJtiIsRefused()
    {
        var klient = await server.NyKlientAsync();

        var (status, error, beskrivelse) = await server.AvvisningAsync(server.Grant(klient, endreClaims: c => c.Remove("jti")));

        Assert.Equal((HttpStatusCode.BadRequest, "invalid_grant"), (status, error));
        Assert.Contains("Missing JWT claim jti", beskrivelse, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReusedGrantIsRefusedTheSecondTime()
    {
        var klient = await server.NyKlientAsync();
        var assertion = server.Grant(klient);
        using var http = server.CreateClient();
        await Maskinportentoken.HentAsync(http, server.TokenEndpoint(), assertion);

        var (status, error, beskrivelse) = await server.AvvisningAsync(assertion);

        Assert.Equal((HttpStatusCode.BadRequest, "invalid_grant"), (status, error));
        Assert.Contains("used before", beskrivelse, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusedGrantDoesNotUseUpItsJti()
    {
        var klient = await server.NyKlientAsync();
        var jti = Guid.NewGuid().ToString();
        await server.AvvisningAsync(server.Grant(klient, "ks:ukjent", endreClaims: c => c["jti"] = jti));
        using var http = server.CreateClient();

        var token = await Maskinportentoken.HentAsync(http, server.TokenEndpoint(), server.Grant(klient, endreClaims: c => c["jti"] = jti));

        Assert.False(string.IsNullOrEmpty(token));
    }

    [Fact]
    public async Task GrantWithoutScopeIsInvalidScope()
    {
        var klient = await server.NyKlientAsync();

        var (status, error, _) = await server.AvvisningAsync(server.Grant(klient, endreClaims: c => c.Remove("scope")));

        Assert.Equal((HttpStatusCode.BadRequest, "invalid_scope"), (status, error));
    }

    [Fact]
    public async Task GrantAskingForAScopeTheClientLacksIsInvalidScope()
    {
        var klient = await server.NyKlientAsync();

        var (status, error, beskrivelse) = await server.AvvisningAsync(server.Grant(klient, "ks:fiks ks:annet"));

        Assert.Equal((HttpStatusCode.BadRequest, "invalid_scope"), (status, error));
        Assert.EndsWith(": ks:annet", beskrivelse, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GrantOnBehalfOfAnotherOrganisationIsRefusedAsDelegationIsUnsupported()
    {
        var klient = await server.NyKlientAsync();

        var (status, error, beskrivelse) = await server.AvvisningAsync(server.Grant(klient, endreClaims: c => c["consumer_org"] = "889640782"));

        Assert.Equal((HttpStatusCode.BadRequest, "invalid_grant"), (status, error));
        Assert.Contains("Delegation", beskrivelse, StringComparison.Ordinal);
        Assert.Contains("not supported", beskrivelse, StringComparison.Ordinal);
    }
}

using System.Net;
using Kjoretoyregister.Server.Tests.Forvaltningsweb;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

namespace Kjoretoyregister.Server.Tests.Testdata;

/// <summary>
/// Signing in over HTTP without a browser, through the same redirects a browser follows, and the means to
/// forge what the provider answers.
/// </summary>
internal sealed partial class OidcUtsteder
{
    /// <summary>
    /// Replaces the ID token in the token endpoint's answer (the original given, decoded), for the attack
    /// tests; null leaves it alone.
    /// </summary>
    public Func<JsonWebToken, string>? ForfalskIdToken { get; set; }

    /// <summary>
    /// Starts a sign-in for <paramref name="klient"/> as <paramref name="person"/> and follows it to the
    /// provider and back: the address of forvaltning's callback (with code and state), not yet called.
    /// </summary>
    public async Task<Uri> TilbakekallAsync(Forvaltningsklient klient, Oidcperson person, string? tilbake = null)
    {
        NestePerson = person;
        using var start = await klient.GetAsync("/forvaltning/oidc/logg-inn" + (tilbake is null ? "" : "?tilbake=" + Uri.EscapeDataString(tilbake)));
        Assert.Equal(HttpStatusCode.Found, start.StatusCode);
        Assert.StartsWith(Adresse + "connect/authorize?", start.Headers.Location!.AbsoluteUri, StringComparison.Ordinal);

        using var leverandor = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
        using var svar = await leverandor.GetAsync(start.Headers.Location);
        Assert.True(svar.StatusCode == HttpStatusCode.Found, $"utstederen svarte {(int)svar.StatusCode}: {await svar.Content.ReadAsStringAsync()}");
        return svar.Headers.Location!;
    }

    /// <summary>
    /// Signs <paramref name="klient"/> in as <paramref name="person"/> through the real redirects (code flow
    /// with PKCE) and asserts it worked: the callback sends on to the hop page. Returns where the hop leads.
    /// </summary>
    public async Task<string> LoggInnAsync(Forvaltningsklient klient, Oidcperson person, string? tilbake = null)
    {
        var tilbakekall = await TilbakekallAsync(klient, person, tilbake);
        using var svar = await klient.Http.GetAsync(tilbakekall);
        var videre = Forvaltningsklient.Adresse(svar);
        Assert.True(svar.StatusCode == HttpStatusCode.Found && videre?.StartsWith("/forvaltning/oidc/videre?", StringComparison.Ordinal) == true,
            $"tilbakekallet svarte {(int)svar.StatusCode} til {videre}");
        return Uri.UnescapeDataString(videre![(videre.IndexOf("tilbake=", StringComparison.Ordinal) + "tilbake=".Length)..]);
    }

    /// <summary>An ID token with the claims of <paramref name="original"/>, changed as asked; unsigned (<c>alg: none</c>) when <paramref name="signering"/> is null.</summary>
    public static string LagIdToken(JsonWebToken original, SigningCredentials? signering, string? issuer = null, string? audience = null)
    {
        var claims = original.Claims.Where(c => c.Type is not ("iss" or "aud" or "exp" or "nbf" or "iat"))
            .GroupBy(c => c.Type).ToDictionary(g => g.Key, g => (object)g.First().Value);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? original.Issuer,
            Audience = audience ?? original.Audiences.First(),
            Claims = claims,
            IssuedAt = original.IssuedAt,
            NotBefore = original.ValidFrom,
            Expires = original.ValidTo,
            SigningCredentials = signering,
        });
    }

    private ValueTask Forfalsk(OpenIddictServerEvents.ApplyTokenResponseContext context)
    {
        if (ForfalskIdToken is { } forfalsk && context.Response.IdToken is { } idToken)
        {
            context.Response.IdToken = forfalsk(new JsonWebToken(idToken));
        }

        return default;
    }
}

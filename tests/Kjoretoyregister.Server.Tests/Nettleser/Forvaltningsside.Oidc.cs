using Kjoretoyregister.Server.Tests.Testdata;
using static Microsoft.Playwright.Assertions;

namespace Kjoretoyregister.Server.Tests.Nettleser;

/// <summary>Signing in with OpenID Connect in the browser, through the test provider's real redirects.</summary>
internal sealed partial class Forvaltningsside
{
    /// <summary>
    /// Clicks «Logg inn med Testutsteder» on the login page as <paramref name="person"/> and follows the
    /// redirects (to the provider, back to the callback, the hop page) to forvaltning's next page, whose
    /// h1 must be <paramref name="overskrift"/>; axe checks it.
    /// </summary>
    public async Task LoggInnMedOidcAsync(OidcUtsteder utsteder, Oidcperson person, string overskrift)
    {
        ArgumentNullException.ThrowIfNull(utsteder);
        utsteder.NestePerson = person;
        await GaTilAsync("/forvaltning/logg-inn");

        await Lenke($"Logg inn med {OidcUtsteder.Knappetekst}").ClickAsync();

        await Side.WaitForURLAsync(url => new Uri(url) is var uri && uri.Port == adresse.Port && !uri.AbsolutePath.StartsWith("/forvaltning/oidc/", StringComparison.Ordinal));
        await Expect(Overskrift).ToHaveTextAsync(overskrift);
        await SjekkAsync();
    }
}

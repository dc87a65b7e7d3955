using Kjoretoyregister.Server.Logg.Innsyn;
using Kjoretoyregister.Register.Tests.Testdata;

namespace Kjoretoyregister.Server.Tests.Logg;

/// <summary>
/// The caseworker column of a citizen's innsyn report: an ID-porten identity (oidc: + a fødselsnummer) is
/// not handed out; other identities and the fagsystem's pseudonymous ids stand as logged.
/// </summary>
public sealed class InnsynSaksbehandlerTests
{
    [Fact]
    public void AnIdPortenIdentityIsHiddenAndEveryOtherIdentityStands()
    {
        var pid = Syntetiske.Fnr(14, 2, 1981, 3);
        var entra = "oidc:" + Guid.NewGuid();

        Assert.Equal(Innsynstekst.SkjultIdentitet, Innsynstekst.Saksbehandler("oidc:" + pid));
        Assert.Equal(entra, Innsynstekst.Saksbehandler(entra));
        Assert.Equal("oidc:12345678901", Innsynstekst.Saksbehandler("oidc:12345678901"));
        Assert.Equal("sb-parkering", Innsynstekst.Saksbehandler("sb-parkering"));
        Assert.Equal("demo-saksbehandler", Innsynstekst.Saksbehandler("demo-saksbehandler"));
        Assert.Null(Innsynstekst.Saksbehandler(null));
    }
}

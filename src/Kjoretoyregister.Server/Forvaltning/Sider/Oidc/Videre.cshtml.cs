using Kjoretoyregister.Server.Forvaltning.Kontoer;

namespace Kjoretoyregister.Server.Forvaltning.Sider.Oidc;

/// <summary>
/// The hop after the provider's redirect back: the session cookie is SameSite=Strict, and a browser does
/// not send it on a chain of redirects that a provider's site started. This page, loaded at the end of
/// that chain, moves on by itself (a meta refresh, so no script is needed), and that navigation starts on
/// forvaltning's own page: the cookie goes with it. Open to anyone, since the cookie is not sent here.
/// </summary>
[UtenRolle]
public sealed class VidereModel : ForvaltningSide
{
    public override string Tittel => "Logget inn";

    public string Tilbake { get; private set; } = Innloggingssider.Oversikt;

    public void OnGet(string? tilbake) => Tilbake = Innloggingssider.Tilbake(tilbake);
}

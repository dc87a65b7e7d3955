namespace Kjoretoyregister.Server.Forvaltning.Sider;

/// <summary>
/// Where a signed-in person without any role lands (403): ask the lokal administrator, who grants a role
/// by the identity shown here (for an OpenID Connect account the provider's subject, entered on the
/// organisation's Saksbehandlere page).
/// </summary>
[UtenRolle]
public sealed class IngenRolleModel : ForvaltningSide
{
    public override string Tittel => "Ingen rolle ennå";

    public string Identitet => Innlogget.Brukernavn;

    public void OnGet()
    {
    }
}

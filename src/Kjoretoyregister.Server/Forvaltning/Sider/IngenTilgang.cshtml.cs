namespace Kjoretoyregister.Server.Forvaltning.Sider;

/// <summary>Where a logged-in account lands on a page its role does not allow (403).</summary>
[UtenRolle]
public sealed class IngenTilgangModel : ForvaltningSide
{
    public override string Tittel => "Ingen tilgang";
}

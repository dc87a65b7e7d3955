namespace Kjoretoyregister.Server.Forvaltning.Sider;

/// <summary>The public front page: what the service is, and where to log in.</summary>
[UtenRolle]
public sealed class IndexModel : ForvaltningSide
{
    public override string Tittel => "Fiks kjøretøyregister";
}

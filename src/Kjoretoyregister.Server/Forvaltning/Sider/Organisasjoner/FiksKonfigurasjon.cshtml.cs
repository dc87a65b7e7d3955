namespace Kjoretoyregister.Server.Forvaltning.Sider.Organisasjoner;

/// <summary>FIKS-Konfigurasjon: the organisation's Fiks services (here: Kjøretøyregister).</summary>
public sealed class FiksKonfigurasjonModel : OrganisasjonSide
{
    public override string Tittel => "FIKS-Konfigurasjon";

    public void OnGet()
    {
    }
}

namespace Kjoretoyregister.Server.Forvaltning.Sider.Sikkerhetsdokumentasjon;

/// <summary>The ROS and DPIA templates and the threat model: read them here or download the Markdown.</summary>
[UtenRolle]
public sealed class SikkerhetsdokumentasjonModel(Sikkerhetsdokumenter dokumenter) : ForvaltningSide
{
    public override string Tittel => "Sikkerhetsdokumentasjon (ROS, DPIA og trusselmodell)";

    public Sikkerhetsdokumenter Dokumenter => dokumenter;
}

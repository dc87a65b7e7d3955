namespace Kjoretoyregister.Server.Forvaltning.Sider.Sikkerhetsdokumentasjon;

/// <summary>The ROS and DPIA templates: read them here or download the Markdown.</summary>
public sealed class SikkerhetsdokumentasjonModel(Sikkerhetsdokumenter dokumenter) : ForvaltningSide
{
    public override string Tittel => "Sikkerhetsdokumentasjon (ROS og DPIA)";

    public Sikkerhetsdokumenter Dokumenter => dokumenter;
}

using System.Text;
using Kjoretoyregister.Server.Forvaltning;

namespace Kjoretoyregister.Server.Oppstart;

/// <summary>What the server prints once it listens with the demo set up: where things are, one lookup to paste into a second terminal, and the forvaltning login.</summary>
internal static class Demotekst
{
    public static string Lag(DemoKonfig demo, string demofil, string datakatalog, string? kjennemerke)
    {
        var konfig = Relativ(demofil);
        var tekst = new StringBuilder();
        tekst.AppendLine();
        tekst.AppendLine($"Fiks kjøretøyregister kjører på {demo.BaseUrl} (datakatalog {Relativ(datakatalog)}).");
        tekst.AppendLine($"Demo-oppsettet (demohemmeligheter) ligger i {konfig}; API-dokumentasjon: {demo.BaseUrl}/api-dokumentasjon");
        tekst.AppendLine("Prøv et oppslag fra en annen terminal (hent Maskinporten-token, slå opp et kjennemerke):");
        tekst.AppendLine();
        tekst.AppendLine($"  TOKEN=$(dotnet run --project src/Kjoretoyregister.Client.Cli -- token --konfig {konfig})");
        tekst.AppendLine($"  curl -s -X POST '{demo.BaseUrl}/kjoretoyregister/api/{demo.FiksOrgId}/rest/distribusjon/kjoretoy/v2.0/bulk/kjennemerke' \\");
        tekst.AppendLine("    -H \"Authorization: Bearer $TOKEN\" \\");
        tekst.AppendLine($"    -H 'IntegrasjonId: {demo.IntegrasjonId}' -H 'IntegrasjonPassord: {demo.IntegrasjonPassord}' \\");
        tekst.AppendLine($"    -H 'Content-Type: application/json' -d '[{{\"kjennemerke\": \"{kjennemerke ?? "AB12345"}\"}}]'");
        tekst.AppendLine();
        tekst.AppendLine($"Fiks forvaltning: {demo.BaseUrl}{ForvaltningswebExtensions.Sti}");
        if (demo.Forvaltning is { } lokal)
        {
            tekst.AppendLine($"  Lokal administrator for demokommunen: brukernavn {lokal.Brukernavn}, passord {lokal.Passord}");
        }

        if (demo.Saksbehandler is { } saksbehandler)
        {
            tekst.AppendLine($"  Oppslag for saksbehandlere: {demo.BaseUrl}{ForvaltningswebExtensions.Sti}/oppslag, brukernavn {saksbehandler.Brukernavn}, passord {saksbehandler.Passord} (demopassord)");
        }

        if (demo.KsAdministrator is { } ks)
        {
            tekst.AppendLine($"  KS-administrator: brukernavn {ks.Brukernavn} (passordet står i {konfig})");
        }

        tekst.AppendLine();
        return tekst.ToString();
    }

    private static string Relativ(string sti)
    {
        var relativ = Path.GetRelativePath(Environment.CurrentDirectory, sti);
        return relativ.StartsWith("..", StringComparison.Ordinal) ? sti : relativ;
    }
}

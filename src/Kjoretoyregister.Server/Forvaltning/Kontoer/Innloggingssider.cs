namespace Kjoretoyregister.Server.Forvaltning.Kontoer;

/// <summary>Where a login starts and lands, for the login form and OpenID Connect alike.</summary>
public static class Innloggingssider
{
    public const string LoggInn = ForvaltningswebExtensions.Sti + "/logg-inn";

    public const string Oversikt = ForvaltningswebExtensions.Sti + "/oversikt";

    public const string IngenRolle = ForvaltningswebExtensions.Sti + "/ingen-rolle";

    /// <summary>The return address when it is a local page of forvaltning, else the overview: a login never leads away.</summary>
    public static string Tilbake(string? tilbake) =>
        tilbake is not null && tilbake.StartsWith(ForvaltningswebExtensions.Sti + "/", StringComparison.Ordinal)
            && !tilbake.Contains('\\', StringComparison.Ordinal) && !tilbake.Contains("//", StringComparison.Ordinal)
            && Uri.TryCreate(tilbake, UriKind.Relative, out _)
            ? tilbake
            : Oversikt;
}

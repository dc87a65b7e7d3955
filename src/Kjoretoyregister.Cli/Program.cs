using System.CommandLine;

namespace Kjoretoyregister.Cli;

/// <summary>
/// The <c>kjoretoy</c> command. A named class in the CLI's namespace rather than top-level statements:
/// the CLI tests start the real server too, whose <c>Program</c> lives in the global namespace.
/// </summary>
internal static class Program
{
    /// <summary>Where the vendor's commands, which <c>kjoretoy</c> once had, are now.</summary>
    private const string Verktoy = "dotnet run --project src/Kjoretoyregister.Client.Cli --";

    public static Task<int> Main(string[] args)
    {
        if (args is ["token" or "oppslag", ..])
        {
            // Said plainly rather than "unrecognized command": old notes and scripts still call them here.
            Kjoring.Meld($"'{args[0]}' er leverandørenes kommando og ligger nå i fiks-kjoretoy: {Verktoy} {string.Join(' ', args.Select(Sitert))}");
            return Task.FromResult(Kjoring.UgyldigBruk);
        }

        var rot = new RootCommand("kjoretoy: driftsverktøy for Fiks kjøretøyregister (import, syntetiske data, oppslag i registerfilen, forvaltning, oppslagslogg og migrering). Leverandørenes oppslag og Maskinporten-token: fiks-kjoretoy (src/Kjoretoyregister.Client.Cli).")
        {
            ImporterKommando.Lag(),
            GenererKommando.Lag(),
            RegisterKommando.Lag(),
            LoggKommando.Lag(),
            ForvaltningKommando.Lag(),
            MigrerKommando.Lag(),
        };

        // The operator's storage adds its own expected failures: a database that refuses or cannot be reached.
        return Kjoring.KjorAsync(rot, args, e => e is Microsoft.Data.Sqlite.SqliteException or Npgsql.NpgsqlException);
    }

    private static string Sitert(string argument) =>
        argument.Length > 0 && argument.All(c => char.IsAsciiLetterOrDigit(c) || "@._:/=+-,".Contains(c)) ? argument : $"\"{argument}\"";
}

using System.CommandLine;

namespace Kjoretoyregister.Cli;

/// <summary>
/// The <c>kjoretoy</c> command. A named class in the CLI's namespace rather than top-level statements:
/// the CLI tests start the real server too, whose <c>Program</c> lives in the global namespace.
/// </summary>
internal static class Program
{
    public static Task<int> Main(string[] args)
    {
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
}

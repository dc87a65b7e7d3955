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
        var rot = new RootCommand("kjoretoy: verktøy for Fiks kjøretøyregister (import, syntetiske data, oppslag, forvaltning, oppslagslogg og Maskinporten-token).")
        {
            ImporterKommando.Lag(),
            GenererKommando.Lag(),
            RegisterKommando.Lag(),
            OppslagKommando.Lag(),
            TokenKommando.Lag(),
            LoggKommando.Lag(),
            ForvaltningKommando.Lag(),
            MigrerKommando.Lag(),
        };

        return Kjoring.KjorAsync(rot, args);
    }
}

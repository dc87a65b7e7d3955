using System.CommandLine;
using Kjoretoyregister.Cli;

var rot = new RootCommand("kjoretoy: verktøy for Fiks kjøretøyregister (import, syntetiske data, oppslag, forvaltning, oppslagslogg og Maskinporten-token).")
{
    ImporterKommando.Lag(),
    GenererKommando.Lag(),
    RegisterKommando.Lag(),
    TokenKommando.Lag(),
    LoggKommando.Lag(),
    ForvaltningKommando.Lag(),
};

return await Kjoring.KjorAsync(rot, args);

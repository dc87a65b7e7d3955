using System.CommandLine;
using Kjoretoyregister.Cli;

var rot = new RootCommand("kjoretoy: verktøy for Fiks kjøretøyregister (import, syntetiske data og oppslag).")
{
    ImporterKommando.Lag(),
    GenererKommando.Lag(),
    RegisterKommando.Lag(),
};

return await Kjoring.KjorAsync(rot, args);

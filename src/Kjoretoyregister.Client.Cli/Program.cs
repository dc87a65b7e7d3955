using System.CommandLine;
using Kjoretoyregister.Cli;

namespace Kjoretoyregister.Client.Cli;

/// <summary>
/// The <c>fiks-kjoretoy</c> command: what a vendor (a fagsystem's supplier) needs from the command line,
/// made with the client SDK alone, so it installs as a .NET tool without the server or the register.
/// </summary>
internal static class Program
{
    public static Task<int> Main(string[] args)
    {
        var rot = new RootCommand("fiks-kjoretoy: oppslag i Fiks kjøretøyregister og Maskinporten-token, slik et fagsystem gjør dem (med klientbiblioteket Kjoretoyregister.Client).")
        {
            OppslagKommando.Lag(),
            TokenKommando.Lag(),
        };

        return Kjoring.KjorAsync(rot, args);
    }
}

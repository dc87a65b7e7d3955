using System.CommandLine;

namespace Kjoretoyregister.Cli;

/// <summary>Exit codes and the one place that runs a parsed command line.</summary>
internal static class Kjoring
{
    public const int Ok = 0;
    public const int Feil = 1;
    public const int UgyldigBruk = 2;
    public const int DelvisImportert = 3;

    /// <summary>
    /// <c>kjoretoy oppslag</c>: the call went through, but nothing was found (every plate unknown, no one by
    /// that name, no vehicles for the person). The same number as <see cref="DelvisImportert"/>: each
    /// command has its own meaning of 3.
    /// </summary>
    public const int IngenTreff = 3;

    public static async Task<int> KjorAsync(RootCommand rot, string[] args)
    {
        var resultat = rot.Parse(args);
        if (resultat.Errors.Count > 0)
        {
            foreach (var feil in resultat.Errors)
            {
                await Console.Error.WriteLineAsync($"kjoretoy: {feil.Message}");
            }

            await Console.Error.WriteLineAsync("Se 'kjoretoy --help'.");
            return UgyldigBruk;
        }

        try
        {
            return await resultat.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or HttpRequestException or Microsoft.Data.Sqlite.SqliteException or Npgsql.NpgsqlException)
        {
            // Expected operational failures (a file that cannot be read, a register from a newer version):
            // the message, not a stack trace.
            await Console.Error.WriteLineAsync($"kjoretoy: {e.Message}");
            return Feil;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("kjoretoy: avbrutt (en avbrutt import skriver ingenting)");
            return Feil;
        }
    }

    /// <summary>The register file option shared by the commands that use the register.</summary>
    public static Option<string> DatabaseValg() => new("--database")
    {
        Description = "Registerfilen (SQLite); brukes ikke med --postgres.",
        DefaultValueFactory = _ => Register.RegisterDatabase.StandardSti,
        HelpName = "PATH",
    };
}

using Spectre.Console;

namespace Kjoretoyregister.Cli;

/// <summary>
/// A listing: a Spectre.Console table on a terminal, tab-separated lines (header first) when the output
/// is redirected, so scripts can cut columns and nothing is wrapped to a guessed width. The first
/// column is the id.
/// </summary>
internal static class Tabell
{
    public static void Skriv(IReadOnlyList<string> kolonner, IEnumerable<IReadOnlyList<string>> rader)
    {
        if (Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            Console.WriteLine(string.Join('\t', kolonner));
            foreach (var rad in rader)
            {
                Console.WriteLine(string.Join('\t', rad.Select(c => c.ReplaceLineEndings(" ").Replace('\t', ' '))));
            }

            return;
        }

        var tabell = new Table().Border(TableBorder.Rounded);
        foreach (var kolonne in kolonner)
        {
            tabell.AddColumn(new TableColumn(new Text(kolonne)));
        }

        // The first column is the id people copy: never broken over two lines.
        tabell.Columns[0].NoWrap();

        foreach (var rad in rader)
        {
            // Text, not markup: a name with [brackets] is shown as typed.
            tabell.AddRow(rad.Select(c => (Spectre.Console.Rendering.IRenderable)new Text(c)));
        }

        AnsiConsole.Write(tabell);
    }

    public static string JaNei(bool verdi) => verdi ? "ja" : "nei";
}

using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Kjoretoyregister.Server.Tests.Nettleser;

/// <summary>
/// axe-core run in the page with the WCAG 2.0 and 2.1 level A and AA rules. Any violation fails the test
/// with a list a person can act on: the page, and per rule its id, impact, help text and the elements.
/// </summary>
internal static class Axe
{
    private static readonly AxeRunOptions WcagAogAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        ResultTypes = [ResultType.Violations],
    };

    public static async Task IngenBruddAsync(IPage side)
    {
        var resultat = await side.RunAxe(WcagAogAA);

        if (resultat.Violations.Length > 0)
        {
            Assert.Fail(Beskriv(side.Url, resultat.Violations));
        }
    }

    private static string Beskriv(string adresse, IEnumerable<AxeResultItem> brudd)
    {
        var tekst = new StringBuilder($"axe fant brudd på WCAG 2.1 A/AA på {adresse}:");
        foreach (var regel in brudd)
        {
            tekst.AppendLine().Append($"- {regel.Id} ({regel.Impact}): {regel.Help} [{regel.HelpUrl}]");
            foreach (var node in regel.Nodes)
            {
                var hvorfor = string.Join("; ", node.Any.Concat(node.All).Concat(node.None).Select(sjekk => sjekk.Message));
                tekst.AppendLine().Append($"    {node.Target}: {hvorfor}");
            }
        }

        return tekst.ToString();
    }
}

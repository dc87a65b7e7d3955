using System.Text;

namespace Kjoretoyregister.Cli.Tests;

/// <summary>
/// A command line split into words as a POSIX shell splits it, for the commands the tests take from the
/// README and from the CLI's own hints: blanks between words, '...' and "..." quoting, \ escaping one
/// character. A line that would need the shell for more (variables, redirection, pipes) fails the test.
/// </summary>
internal static class Skallord
{
    public static List<string> Del(string linje)
    {
        var ord = new List<string>();
        var gjeldende = new StringBuilder();
        var iOrd = false;
        for (var i = 0; i < linje.Length; i++)
        {
            var c = linje[i];
            if (c is '\'' or '"')
            {
                var slutt = linje.IndexOf(c, i + 1);
                Assert.True(slutt > i, $"uavsluttet {c} i {linje}");
                var sitert = linje[(i + 1)..slutt];
                Assert.True(c == '\'' || !sitert.Any(t => t is '$' or '`' or '\\'), $"skallet ville tolket {sitert}");
                gjeldende.Append(sitert);
                i = slutt;
                iOrd = true;
            }
            else if (c == '\\' && i + 1 < linje.Length)
            {
                gjeldende.Append(linje[++i]);
                iOrd = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (iOrd)
                {
                    ord.Add(gjeldende.ToString());
                    gjeldende.Clear();
                    iOrd = false;
                }
            }
            else
            {
                Assert.True(!"<>|;&$`(){}*?".Contains(c), $"skallet ville tolket «{c}» i {linje}");
                gjeldende.Append(c);
                iOrd = true;
            }
        }

        if (iOrd)
        {
            ord.Add(gjeldende.ToString());
        }

        return ord;
    }
}

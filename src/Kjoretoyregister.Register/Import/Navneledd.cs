namespace Kjoretoyregister.Register.Import;

/// <summary>Splits a name into the upper-case words the owner-name search matches on.</summary>
internal static class Navneledd
{
    private static readonly char[] Skilletegn = [' ', '-', ',', '.', '\t'];

    public static IReadOnlyList<string> Fra(params string?[] navn)
    {
        var ledd = new List<string>(4);
        foreach (var del in navn)
        {
            if (string.IsNullOrWhiteSpace(del))
            {
                continue;
            }

            foreach (var ord in del.Split(Skilletegn, StringSplitOptions.RemoveEmptyEntries))
            {
                var stor = ord.ToUpperInvariant();
                if (!ledd.Contains(stor))
                {
                    ledd.Add(stor);
                }
            }
        }

        return ledd;
    }
}

namespace Kjoretoyregister.Register.Tests.Testdata;

/// <summary>Synthetic identifiers for tests: fødselsnummer with month + 80 (Skatteetaten's synthetic population) and valid organisasjonsnummer.</summary>
internal static class Syntetiske
{
    private static readonly int[] Vekter1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
    private static readonly int[] Vekter2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
    private static readonly int[] OrgVekter = [3, 2, 7, 6, 5, 4, 3, 2];

    /// <summary>A valid synthetic fødselsnummer for a person born on the given date (1900–1999), the n-th such number.</summary>
    public static string Fnr(int dag, int maned, int ar, int n = 0)
    {
        var funnet = 0;
        for (var individ = 100; individ < 500; individ++)
        {
            var kandidat = $"{dag:00}{maned + 80:00}{ar % 100:00}{individ:000}";
            if (Kontroll(kandidat, Vekter1) is { } k1 && Kontroll(kandidat + k1, Vekter2) is { } k2)
            {
                if (funnet++ == n)
                {
                    return $"{kandidat}{k1}{k2}";
                }
            }
        }

        throw new InvalidOperationException("Fant ikke gyldig fødselsnummer");
    }

    /// <summary>A valid organisasjonsnummer starting with 91, different for each n below 140,000.</summary>
    public static string Orgnr(int n)
    {
        for (var grunnlag = 91000000 + (n * 7); ; grunnlag++)
        {
            var kandidat = grunnlag.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (Kontroll(kandidat, OrgVekter) is { } k)
            {
                return kandidat + k;
            }
        }
    }

    private static int? Kontroll(string siffer, int[] vekter)
    {
        var sum = 0;
        for (var i = 0; i < vekter.Length; i++)
        {
            sum += (siffer[i] - '0') * vekter[i];
        }

        var k = 11 - (sum % 11);
        return k switch { 11 => 0, 10 => null, _ => k };
    }
}

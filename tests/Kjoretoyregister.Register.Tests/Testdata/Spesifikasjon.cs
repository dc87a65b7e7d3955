namespace Kjoretoyregister.Register.Tests.Testdata;

/// <summary>Finds the contract files in the repository (<c>docs/kontrakt/…</c>), from the test's output folder upward.</summary>
internal static class Spesifikasjon
{
    public static string Fil(string relativ)
    {
        for (var mappe = new DirectoryInfo(AppContext.BaseDirectory); mappe is not null; mappe = mappe.Parent)
        {
            var kandidat = Path.Combine(mappe.FullName, "docs", "kontrakt", relativ);
            if (File.Exists(kandidat))
            {
                return kandidat;
            }
        }

        throw new FileNotFoundException($"Fant ikke docs/kontrakt/{relativ} i noen mappe over {AppContext.BaseDirectory}.");
    }
}

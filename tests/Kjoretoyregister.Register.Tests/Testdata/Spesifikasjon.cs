namespace Kjoretoyregister.Register.Tests.Testdata;

/// <summary>Finds the shared contract files (<c>shared/spec/…</c>), which sit beside the repository.</summary>
internal static class Spesifikasjon
{
    public static string Fil(string relativ)
    {
        for (var mappe = new DirectoryInfo(AppContext.BaseDirectory); mappe is not null; mappe = mappe.Parent)
        {
            var kandidat = Path.Combine(mappe.FullName, "shared", "spec", relativ);
            if (File.Exists(kandidat))
            {
                return kandidat;
            }
        }

        throw new FileNotFoundException($"Fant ikke shared/spec/{relativ} i noen mappe over {AppContext.BaseDirectory}.");
    }
}

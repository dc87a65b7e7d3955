namespace Kjoretoyregister.Cli.Tests;

/// <summary>The repository's root folder (where Kjoretoyregister.slnx is), from the test's output folder upward.</summary>
internal static class Repositorium
{
    public static string Rot { get; } = Finn();

    private static string Finn()
    {
        for (var mappe = new DirectoryInfo(AppContext.BaseDirectory); mappe is not null; mappe = mappe.Parent)
        {
            if (File.Exists(Path.Combine(mappe.FullName, "Kjoretoyregister.slnx")))
            {
                return mappe.FullName;
            }
        }

        throw new InvalidOperationException("fant ikke Kjoretoyregister.slnx over " + AppContext.BaseDirectory);
    }
}

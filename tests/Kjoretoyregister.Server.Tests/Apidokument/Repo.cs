namespace Kjoretoyregister.Server.Tests.Apidokument;

/// <summary>The repository's root (where Kjoretoyregister.slnx is) and the committed API document in it.</summary>
internal static class Repo
{
    public static string Rot { get; } = FinnRot();

    public static string Dokument => Path.Combine(Rot, "docs", "openapi", "v1.json");

    private static string FinnRot()
    {
        for (var mappe = new DirectoryInfo(AppContext.BaseDirectory); mappe is not null; mappe = mappe.Parent)
        {
            if (File.Exists(Path.Combine(mappe.FullName, "Kjoretoyregister.slnx")))
            {
                return mappe.FullName;
            }
        }

        throw new DirectoryNotFoundException($"Fant ikke Kjoretoyregister.slnx over {AppContext.BaseDirectory}.");
    }
}

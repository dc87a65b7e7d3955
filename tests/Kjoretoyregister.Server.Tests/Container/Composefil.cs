using YamlDotNet.RepresentationModel;

namespace Kjoretoyregister.Server.Tests.Container;

/// <summary>compose.yaml at the repository's root, read as Docker Compose reads it (anchors and aliases resolved).</summary>
internal static class Composefil
{
    public static string Sti { get; } = Path.Combine(Rot(), "compose.yaml");

    /// <summary>The services' mapping.</summary>
    public static YamlMappingNode Tjenester()
    {
        var yaml = new YamlStream();
        using (var leser = new StreamReader(Sti))
        {
            yaml.Load(leser);
        }

        return (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["services"];
    }

    /// <summary>The environment the compose file gives a service (its <c>environment:</c> mapping).</summary>
    public static Dictionary<string, string> Miljo(string tjeneste)
    {
        var miljo = (YamlMappingNode)((YamlMappingNode)Tjenester()[tjeneste])["environment"];
        return miljo.Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => ((YamlScalarNode)p.Value).Value ?? "", StringComparer.Ordinal);
    }

    private static string Rot()
    {
        for (var mappe = new DirectoryInfo(AppContext.BaseDirectory); mappe is not null; mappe = mappe.Parent)
        {
            if (File.Exists(Path.Combine(mappe.FullName, "Kjoretoyregister.slnx")))
            {
                return mappe.FullName;
            }
        }

        throw new InvalidOperationException("Fant ikke repositoriets rot (Kjoretoyregister.slnx) over " + AppContext.BaseDirectory);
    }
}

using System.Reflection;
using Markdig;

namespace Kjoretoyregister.Server.Forvaltning;

/// <summary>
/// The templates for a kommune's own ROS analysis and DPIA, and the operator's threat model (docs/sikkerhet/*.md,
/// built into the server):
/// the Markdown as written, for download, and as HTML for reading in the UI (raw HTML in the Markdown
/// is not passed through).
/// </summary>
public sealed class Sikkerhetsdokumenter
{
    /// <summary>One template: its address segment, title, file name and text.</summary>
    public sealed record Dokument(string Navn, string Tittel, string Filnavn, string Markdown, string Html);

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();

    public Sikkerhetsdokumenter()
    {
        Alle =
        [
            Les("ros", "Risiko- og sårbarhetsanalyse (ROS)", "ros-analyse.md"),
            Les("dpia", "Vurdering av personvernkonsekvenser (DPIA)", "dpia.md"),
            Les("trusselmodell", "Trusselmodell", "trusselmodell.md"),
        ];
    }

    public IReadOnlyList<Dokument> Alle { get; }

    /// <summary>The template named <paramref name="navn"/> (<c>ros</c>, <c>dpia</c> or <c>trusselmodell</c>); null when there is none.</summary>
    public Dokument? Hent(string? navn) => Alle.FirstOrDefault(d => string.Equals(d.Navn, navn, StringComparison.OrdinalIgnoreCase));

    private static Dokument Les(string navn, string tittel, string filnavn)
    {
        using var strom = Assembly.GetExecutingAssembly().GetManifestResourceStream("Sikkerhetsdokumentasjon/" + filnavn)
            ?? throw new InvalidOperationException($"Malen {filnavn} mangler i programmet.");
        using var leser = new StreamReader(strom);
        var markdown = leser.ReadToEnd();
        return new Dokument(navn, tittel, filnavn, markdown, Markdown.ToHtml(markdown, Pipeline));
    }
}

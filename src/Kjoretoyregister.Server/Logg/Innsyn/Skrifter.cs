using PdfSharp.Fonts;

namespace Kjoretoyregister.Server.Logg.Innsyn;

/// <summary>
/// PDFsharp's fonts: DejaVu Sans (regular and bold; Bitstream Vera licence, <c>Skrift/LISENS-DejaVu.txt</c>)
/// from the server assembly, whatever the family asked for. PDFsharp finds no system fonts on Linux, and a
/// font of our own draws æøå the same everywhere.
/// </summary>
internal sealed class Skrifter : IFontResolver
{
    public const string Familie = "DejaVu Sans";

    private static readonly Lock Las = new();

    /// <summary>Installs the resolver once per process (PDFsharp's setting is global and may be set only once).</summary>
    public static void Installer()
    {
        lock (Las)
        {
            if (GlobalFontSettings.FontResolver is not Skrifter)
            {
                GlobalFontSettings.FontResolver = new Skrifter();
            }
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "DejaVuSans-Bold" : "DejaVuSans");

    public byte[] GetFont(string faceName)
    {
        using var strom = typeof(Skrifter).Assembly.GetManifestResourceStream($"Skrift/{faceName}.ttf")
            ?? throw new InvalidOperationException($"Skriften {faceName} mangler i serverens ressurser.");
        using var minne = new MemoryStream();
        strom.CopyTo(minne);
        return minne.ToArray();
    }
}

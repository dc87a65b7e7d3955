using System.Diagnostics;

namespace Kjoretoyregister.Server.Tests.Testdata;

/// <summary>
/// Poppler's pdftoppm and pdftotext (Debian's poppler-utils; ./test.sh installs it), to prove a PDF opens:
/// its first page rendered to PNG, and its text. A missing tool fails the test, it is never skipped.
/// </summary>
internal static class Pdfverktoy
{
    /// <summary>Renders the first page at 100 dpi; returns the PNG's path (beside the PDF).</summary>
    public static async Task<string> ForsteSideSomPngAsync(string pdf)
    {
        var prefiks = Path.Combine(Path.GetDirectoryName(pdf)!, Path.GetFileNameWithoutExtension(pdf) + "-side");
        await KjorAsync("pdftoppm", "-png", "-r", "100", "-f", "1", "-l", "1", pdf, prefiks);
        var png = Directory.GetFiles(Path.GetDirectoryName(pdf)!, Path.GetFileName(prefiks) + "-*1.png").Single();
        var bytes = await File.ReadAllBytesAsync(png);
        Assert.True(bytes.Length > 1000 && bytes.AsSpan(0, 8).SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), $"{png} er ikke en PNG med innhold");
        return png;
    }

    /// <summary>The PDF's text, in reading order (pdftotext -layout).</summary>
    public static async Task<string> TekstAsync(string pdf)
    {
        var txt = Path.ChangeExtension(pdf, ".txt");
        await KjorAsync("pdftotext", "-layout", "-enc", "UTF-8", pdf, txt);
        return await File.ReadAllTextAsync(txt);
    }

    private static async Task KjorAsync(string verktoy, params string[] argumenter)
    {
        var start = new ProcessStartInfo(verktoy) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in argumenter)
        {
            start.ArgumentList.Add(a);
        }

        Process prosess;
        try
        {
            prosess = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{verktoy} mangler: installer poppler-utils (apt-get install poppler-utils; ./test.sh gjør det som root). {e.Message}", e);
        }

        using (prosess)
        {
            var feil = prosess.StandardError.ReadToEndAsync();
            await prosess.StandardOutput.ReadToEndAsync();
            await prosess.WaitForExitAsync();
            Assert.True(prosess.ExitCode == 0, $"{verktoy} {string.Join(' ', argumenter)}: exit {prosess.ExitCode}: {await feil}");
        }
    }
}

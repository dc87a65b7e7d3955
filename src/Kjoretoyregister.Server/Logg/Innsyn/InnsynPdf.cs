using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Kjoretoyregister.Server.Logg.Innsyn;

/// <summary>
/// The innsyn report as a PDF to send to the person: A4 landscape, the organisation, the person's
/// fødselsnummer, the date and period, what the service is and what the columns mean, then the
/// lookups as a table that runs over as many pages as it needs (its header repeated), "side n av m" below.
/// </summary>
public static class InnsynPdf
{
    private const double Marg = 40;
    private const double Linje = 10.5;
    private const double Cellemarg = 3;

    private static readonly (string Tittel, double Bredde, Func<Innsynsrad, string> Tekst)[] Kolonner =
    [
        ("Tidspunkt", 68, r => Innsynstekst.Tid(r.Tidspunkt)),
        ("Fagsystem og leverandør", 150, r => $"{r.Integrasjon}\n{r.Leverandor}"),
        ("Saksbehandler og saksreferanse", 100, r => string.Join("\n", new[] { r.Saksbehandler, r.Saksreferanse }.OfType<string>())),
        ("Formål", 126, r => r.Formal ?? ""),
        ("Oppslag", 110, Innsynstekst.Oppslag),
        ("Du ble", 62, r => r.Rolle),
        ("Kjøretøy (kuid)", 146, r => string.Join(", ", r.Kuider)),
    ];

    /// <summary>Writes the report to <paramref name="ut"/>.</summary>
    public static void Skriv(Innsynsrapport rapport, Stream ut)
    {
        ArgumentNullException.ThrowIfNull(rapport);
        Skrifter.Installer();
        using var dokument = new PdfDocument();
        dokument.Info.Title = Innsynstekst.Tittel;
        dokument.Info.Author = rapport.Organisasjonsnavn;
        dokument.Info.Creator = "KS Fiks kjøretøyregister";
        var tekst = new XFont(Skrifter.Familie, 8);
        var fet = new XFont(Skrifter.Familie, 8, XFontStyleEx.Bold);
        var ingress = new XFont(Skrifter.Familie, 9.5);
        var tittel = new XFont(Skrifter.Familie, 16, XFontStyleEx.Bold);

        var (side, g) = NySide(dokument);
        var y = Marg;
        var bredde = side.Width.Point - 2 * Marg;
        g.DrawString(Innsynstekst.Tittel, tittel, XBrushes.Black, new XPoint(Marg, y + 16));
        y += 30;
        foreach (var (ledetekst, verdi) in new[]
        {
            ("Behandlingsansvarlig:", rapport.Organisasjonsnavn),
            ("Gjelder fødselsnummer:", rapport.Fodselsnummer.Verdi),
            ("Rapporten er laget:", Innsynstekst.Tid(rapport.Laget)),
            ("Periode:", rapport.Periode),
            ("Antall oppslag:", rapport.Rader.Count.ToString(Innsynstekst.Kultur)),
        })
        {
            g.DrawString(ledetekst, new XFont(Skrifter.Familie, 9.5, XFontStyleEx.Bold), XBrushes.Black, new XPoint(Marg, y + 9.5));
            foreach (var l in Brekk(verdi, ingress, g, bredde - 145))
            {
                g.DrawString(l, ingress, XBrushes.Black, new XPoint(Marg + 145, y + 9.5));
                y += 12.5;
            }
        }

        y += 6;
        foreach (var avsnitt in Innsynstekst.Forklaring)
        {
            foreach (var l in Brekk(avsnitt, ingress, g, bredde))
            {
                g.DrawString(l, ingress, XBrushes.Black, new XPoint(Marg, y + 9.5));
                y += 12.5;
            }

            y += 5;
        }

        y += 6;
        if (rapport.Rader.Count == 0)
        {
            g.DrawString("Det er ikke gjort noen oppslag på deg i perioden.", fet, XBrushes.Black, new XPoint(Marg, y + 9));
        }
        else
        {
            y = Overskrift(g, fet, y);
            foreach (var rad in rapport.Rader)
            {
                var celler = Kolonner.Select(k => Brekk(k.Tekst(rad), tekst, g, k.Bredde - 2 * Cellemarg)).ToArray();
                var hoyde = celler.Max(c => Math.Max(1, c.Count)) * Linje + 2 * Cellemarg;
                if (y + hoyde > side.Height.Point - Marg - 14)
                {
                    g.Dispose();
                    (side, g) = NySide(dokument);
                    y = Overskrift(g, fet, Marg);
                }

                var x = Marg;
                for (var i = 0; i < Kolonner.Length; i++)
                {
                    var ly = y + Cellemarg + 8;
                    foreach (var l in celler[i])
                    {
                        g.DrawString(l, tekst, XBrushes.Black, new XPoint(x + Cellemarg, ly));
                        ly += Linje;
                    }

                    x += Kolonner[i].Bredde;
                }

                y += hoyde;
                g.DrawLine(XPens.LightGray, Marg, y, Marg + bredde, y);
            }
        }

        g.Dispose();
        for (var n = 0; n < dokument.PageCount; n++)
        {
            var p = dokument.Pages[n];
            using var fot = XGraphics.FromPdfPage(p, XGraphicsPdfPageOptions.Append);
            var bunn = p.Height.Point - Marg + 12;
            fot.DrawString($"{rapport.Organisasjonsnavn} · innsyn i oppslag · laget {Innsynstekst.Dato(rapport.Laget)}", tekst, XBrushes.Gray, new XPoint(Marg, bunn));
            var sidetall = $"Side {n + 1} av {dokument.PageCount}";
            fot.DrawString(sidetall, tekst, XBrushes.Gray, new XPoint(p.Width.Point - Marg - fot.MeasureString(sidetall, tekst).Width, bunn));
        }

        dokument.Save(ut, closeStream: false);
    }

    private static (PdfPage Side, XGraphics Grafikk) NySide(PdfDocument dokument)
    {
        var side = dokument.AddPage();
        side.Size = PageSize.A4;
        side.Orientation = PageOrientation.Landscape;
        return (side, XGraphics.FromPdfPage(side));
    }

    /// <summary>The table's header, on a grey band; returns where the rows start.</summary>
    private static double Overskrift(XGraphics g, XFont fet, double y)
    {
        var hoyde = Linje * 2 + 2 * Cellemarg;
        g.DrawRectangle(new XSolidBrush(XColor.FromArgb(230, 233, 238)), Marg, y, Kolonner.Sum(k => k.Bredde), hoyde);
        var x = Marg;
        foreach (var (tittel, bredde, _) in Kolonner)
        {
            var ly = y + Cellemarg + 8;
            foreach (var l in Brekk(tittel, fet, g, bredde - 2 * Cellemarg))
            {
                g.DrawString(l, fet, XBrushes.Black, new XPoint(x + Cellemarg, ly));
                ly += Linje;
            }

            x += bredde;
        }

        return y + hoyde;
    }

    /// <summary>Text broken into lines that fit <paramref name="bredde"/>: at line breaks, then between words, then inside a word too long for a line.</summary>
    internal static List<string> Brekk(string tekst, XFont skrift, XGraphics g, double bredde)
    {
        var linjer = new List<string>();
        foreach (var avsnitt in tekst.Split('\n'))
        {
            var linje = "";
            foreach (var ord in avsnitt.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var forsok = linje.Length == 0 ? ord : linje + " " + ord;
                if (g.MeasureString(forsok, skrift).Width <= bredde)
                {
                    linje = forsok;
                    continue;
                }

                if (linje.Length > 0)
                {
                    linjer.Add(linje);
                }

                linje = ord;
                while (g.MeasureString(linje, skrift).Width > bredde && linje.Length > 1)
                {
                    var n = linje.Length - 1;
                    while (n > 1 && g.MeasureString(linje[..n], skrift).Width > bredde)
                    {
                        n--;
                    }

                    linjer.Add(linje[..n]);
                    linje = linje[n..];
                }
            }

            if (linje.Length > 0)
            {
                linjer.Add(linje);
            }
        }

        return linjer;
    }
}

using Microsoft.AspNetCore.Mvc;

namespace Kjoretoyregister.Server.Forvaltning.Sider.Sikkerhetsdokumentasjon;

/// <summary>One template rendered from its Markdown (raw HTML in it is escaped; the document's own heading is the page's h1).</summary>
[UtenRolle]
public sealed class DokumentModel(Sikkerhetsdokumenter dokumenter) : ForvaltningSide
{
    public override string Tittel => Dokument.Tittel;

    public Sikkerhetsdokumenter.Dokument Dokument { get; private set; } = null!;

    public IActionResult OnGet(string navn)
    {
        if (dokumenter.Hent(navn) is not { } dokument)
        {
            return NotFound();
        }

        Dokument = dokument;
        return Page();
    }
}

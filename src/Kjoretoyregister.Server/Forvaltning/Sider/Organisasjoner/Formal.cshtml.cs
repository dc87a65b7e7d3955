using Microsoft.AspNetCore.Mvc;

namespace Kjoretoyregister.Server.Forvaltning.Sider.Organisasjoner;

/// <summary>
/// Formål: the organisation's catalogue of purpose codes (the values a fagsystem sends in the header
/// <c>Formal</c>). The lokal administrator adds a code, changes a code's description and removes a code;
/// each change is written to the change log with it. An integration with "Formål påkrevd" (set on its
/// page) gets no answer without a code from this catalogue, from its next call on.
/// </summary>
public sealed class FormalModel(IForvaltningStore store) : OrganisasjonSide
{
    public override string Tittel => "Formål";

    public IReadOnlyList<Formal> Katalog { get; private set; } = [];

    /// <summary>The integrations that require a purpose: their lookups depend on this catalogue.</summary>
    public IReadOnlyList<Integrasjon> KreverFormal { get; private set; } = [];

    /// <summary>The new code's fields as posted (shown again with the errors).</summary>
    public string? NyKode { get; private set; }

    public string? NyBeskrivelse { get; private set; }

    /// <summary>A description as posted for a code whose change was refused (shown again in its row).</summary>
    public (string Kode, string? Beskrivelse)? Redigert { get; private set; }

    /// <summary>The field id of a code's description in its row.</summary>
    public static string BeskrivelseFelt(string kode) => "beskrivelse-" + kode;

    public Task OnGetAsync() => LesAsync();

    public async Task<IActionResult> OnPostLeggTilAsync(string? kode, string? beskrivelse)
    {
        Formal ny;
        try
        {
            ny = new Formal(Formalskatalog.Kode(kode), Formalskatalog.Beskrivelse(beskrivelse));
            if (!await store.LeggTilFormalAsync(FiksOrgId, ny,
                NyEndring(FiksOrgId, $"La til formålet {ny.Kode} i formålskatalogen", $"Beskrivelse: {ny.Beskrivelse}"), HttpContext.RequestAborted))
            {
                return NotFound();
            }
        }
        catch (ForvaltningException feil)
        {
            Feil.Add((feil.Felt ?? "", feil.Message));
            NyKode = kode;
            NyBeskrivelse = beskrivelse;
            await LesAsync();
            return Page();
        }

        Meld($"Formålet {ny.Kode} er lagt til.");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostEndreAsync(string? kode, string? beskrivelse)
    {
        var gjeldende = (await store.ListFormalAsync(FiksOrgId, HttpContext.RequestAborted)).FirstOrDefault(f => f.Kode == kode);
        if (gjeldende is null)
        {
            return await IkkeIKatalogenAsync(kode);
        }

        try
        {
            var endret = new Formal(gjeldende.Kode, Formalskatalog.Beskrivelse(beskrivelse));
            if (endret != gjeldende && !await store.EndreFormalAsync(FiksOrgId, endret,
                NyEndring(FiksOrgId, $"Endret beskrivelsen av formålet {endret.Kode}", $"Fra «{gjeldende.Beskrivelse}» til «{endret.Beskrivelse}»"),
                HttpContext.RequestAborted))
            {
                return await IkkeIKatalogenAsync(kode);
            }
        }
        catch (ForvaltningException feil)
        {
            Feil.Add((BeskrivelseFelt(gjeldende.Kode), $"{gjeldende.Kode}: {feil.Message}"));
            Redigert = (gjeldende.Kode, beskrivelse);
            await LesAsync();
            return Page();
        }

        Meld($"Beskrivelsen av formålet {gjeldende.Kode} er lagret.");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostFjernAsync(string? kode)
    {
        var gjeldende = (await store.ListFormalAsync(FiksOrgId, HttpContext.RequestAborted)).FirstOrDefault(f => f.Kode == kode);
        if (gjeldende is null || !await store.FjernFormalAsync(FiksOrgId, gjeldende.Kode,
            NyEndring(FiksOrgId, $"Fjernet formålet {gjeldende.Kode} fra formålskatalogen", $"Beskrivelse: {gjeldende.Beskrivelse}"),
            HttpContext.RequestAborted))
        {
            return await IkkeIKatalogenAsync(kode);
        }

        Meld($"Formålet {gjeldende.Kode} er fjernet.");
        return RedirectToPage();
    }

    /// <summary>The page again, saying the code is not (or no longer) in the catalogue.</summary>
    private async Task<IActionResult> IkkeIKatalogenAsync(string? kode)
    {
        Feil.Add(("", $"Formålet «{kode}» finnes ikke i katalogen. Kanskje noen andre fjernet det nettopp."));
        await LesAsync();
        return Page();
    }

    private async Task LesAsync()
    {
        Katalog = await store.ListFormalAsync(FiksOrgId, HttpContext.RequestAborted);
        KreverFormal = [.. (await store.ListIntegrasjonerAsync(FiksOrgId, HttpContext.RequestAborted)).Where(i => i.FormalPakrevd)];
    }
}

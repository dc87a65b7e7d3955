using Kjoretoyregister.Server.Oppslag;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Kjoretoyregister.Server.Forvaltning.Sider;

/// <summary>
/// Oppslag, <c>/forvaltning/oppslag</c>: the lookup page for holders of the role Oppslag (saksbehandler).
/// Anyone else gets 403, also a KS-administrator or lokal administrator without the role. A person looks
/// up by kjennemerke, understellsnummer or owner name, optionally at a point in time, for a formål from the
/// organisation's catalogue and a saksreferanse; the answer is laid out for a person, with every
/// fødselsnummer masked until "Vis fødselsnummer" (a lookup of its own, audited as
/// <see cref="Saksbehandleroppslag.VisFodselsnummer"/>). Every lookup goes through
/// <see cref="Saksbehandleroppslag"/>: the API's fair use (per person) and audit log.
/// </summary>
public sealed partial class OppslagModel(IForvaltningStore store, Saksbehandleroppslag oppslag) : ForvaltningSide
{
    public override string Tittel => "Oppslag";

    /// <summary>The organisations the person may look up for, in name order.</summary>
    public IReadOnlyList<Organisasjon> Organisasjoner { get; private set; } = [];

    /// <summary>The organisation of the form; null until the person has chosen one (when there are several).</summary>
    public Organisasjon? Organisasjon { get; private set; }

    /// <summary>The chosen organisation's formål catalogue.</summary>
    public IReadOnlyList<Formal> Katalog { get; private set; } = [];

    public Oppslagsskjema Skjema { get; private set; } = new() { Felt = "kjennemerke" };

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (Bruker is not { Oppslag.Count: > 0 } bruker)
        {
            context.Result = StatusCode(StatusCodes.Status403Forbidden);
            return;
        }

        Organisasjoner = (await store.ListOrganisasjonerAsync(HttpContext.RequestAborted))
            .Where(o => bruker.HarOppslag(o.FiksOrgId))
            .OrderBy(o => o.Navn, StringComparer.Create(Norsk, ignoreCase: true))
            .ToList();
        await next();
    }

    public async Task<IActionResult> OnGetAsync(Guid? fiksOrgId)
    {
        Skjema.FiksOrgId = fiksOrgId;
        return await VelgOrganisasjonAsync(fiksOrgId) ?? Page();
    }

    public Task<IActionResult> OnPostAsync(Oppslagsskjema skjema) => SlaOppAsync(skjema, null);

    /// <summary>"Vis fødselsnummer": the lookup again, audited as a reveal, with the fødselsnummer of <paramref name="rolle"/> shown.</summary>
    public Task<IActionResult> OnPostVisAsync(Oppslagsskjema skjema, string? rolle) => SlaOppAsync(skjema, rolle ?? "");

    /// <summary>
    /// The organisation asked for (403 when the person lacks the role in it); without one, the only one
    /// there is. Null to go on; the 403 to stop.
    /// </summary>
    private async Task<IActionResult?> VelgOrganisasjonAsync(Guid? fiksOrgId)
    {
        if (fiksOrgId is { } id && !Innlogget.HarOppslag(id))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Organisasjon = fiksOrgId is { } valgt
            ? Organisasjoner.FirstOrDefault(o => o.FiksOrgId == valgt)
            : Organisasjoner.Count == 1 ? Organisasjoner[0] : null;
        if (Organisasjon is not null)
        {
            Skjema.FiksOrgId = Organisasjon.FiksOrgId;
            Katalog = await store.ListFormalAsync(Organisasjon.FiksOrgId, HttpContext.RequestAborted);
        }

        return null;
    }
}

using Kjoretoyregister.Server.Forvaltning.Endringer;
using Microsoft.AspNetCore.Mvc;

namespace Kjoretoyregister.Server.Forvaltning.Sider.Organisasjoner;

/// <summary>The organisation's change log: every change made in forvaltning (and by the operator's CLI), newest first.</summary>
public sealed class EndringsloggModel(IEndringslogg endringslogg) : OrganisasjonSide
{
    public const int PerSide = 50;

    public override string Tittel => "Endringslogg";

    [BindProperty(SupportsGet = true)]
    public int Side { get; set; } = 1;

    public long Antall { get; private set; }

    public int AntallSider => (int)Math.Max(1, (Antall + PerSide - 1) / PerSide);

    public IReadOnlyList<Endring> Endringer { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Antall = await endringslogg.TellAsync(FiksOrgId, HttpContext.RequestAborted);
        Side = Math.Clamp(Side, 1, AntallSider);
        Endringer = await endringslogg.ListAsync(FiksOrgId, (Side - 1) * PerSide, PerSide, HttpContext.RequestAborted);
    }
}

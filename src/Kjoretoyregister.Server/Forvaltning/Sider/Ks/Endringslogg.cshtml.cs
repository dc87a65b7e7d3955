using Kjoretoyregister.Server.Forvaltning.Endringer;
using Microsoft.AspNetCore.Mvc;

namespace Kjoretoyregister.Server.Forvaltning.Sider.Ks;

/// <summary>KS-administrator: the whole change log, platform changes (tariff, accounts) included.</summary>
public sealed class KsEndringsloggModel(IEndringslogg endringslogg, IForvaltningStore store) : ForvaltningSide
{
    public const int PerSide = 50;

    public override string Tittel => "Endringslogg for plattformen";

    [BindProperty(SupportsGet = true)]
    public int Side { get; set; } = 1;

    public long Antall { get; private set; }

    public int AntallSider => (int)Math.Max(1, (Antall + PerSide - 1) / PerSide);

    public IReadOnlyList<Endring> Endringer { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> Navn { get; private set; } = new Dictionary<Guid, string>();

    public async Task OnGetAsync()
    {
        Antall = await endringslogg.TellAsync(null, HttpContext.RequestAborted);
        Side = Math.Clamp(Side, 1, AntallSider);
        Endringer = await endringslogg.ListAsync(null, (Side - 1) * PerSide, PerSide, HttpContext.RequestAborted);
        Navn = (await store.ListOrganisasjonerAsync(HttpContext.RequestAborted)).ToDictionary(o => o.FiksOrgId, o => o.Navn);
    }
}

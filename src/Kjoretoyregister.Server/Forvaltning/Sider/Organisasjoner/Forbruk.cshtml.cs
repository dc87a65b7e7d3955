using Kjoretoyregister.Server.Logg;

namespace Kjoretoyregister.Server.Forvaltning.Sider.Organisasjoner;

/// <summary>Forbruk: lookups and hits per month (Oslo time) and integration, priced by the tariff in force that month.</summary>
public sealed class ForbrukModel(IForvaltningStore store, IOppslagsloggLeser logg) : OrganisasjonSide
{
    public sealed record Rad(string Integrasjon, long Oppslag, long Treff);

    public sealed record Maned(string Navn, Tariff? Tariff, IReadOnlyList<Rad> Rader)
    {
        public decimal Sum => Tariff is null ? 0 : Tariff.Manedspris + Rader.Sum(r => r.Oppslag) * Tariff.PrisPerOppslag;
    }

    public override string Tittel => "Forbruk";

    public IReadOnlyList<Maned> Maneder { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var navn = (await store.ListIntegrasjonerAsync(FiksOrgId, HttpContext.RequestAborted)).ToDictionary(i => i.IntegrasjonId, i => i.Navn);
        var tariffer = await store.ListTariffAsync(HttpContext.RequestAborted);
        Maneder = (await logg.ForbrukAsync(FiksOrgId, HttpContext.RequestAborted))
            .GroupBy(f => (f.Ar, f.Maned))
            .OrderByDescending(g => g.Key)
            .Select(g => new Maned(
                new DateOnly(g.Key.Ar, g.Key.Maned, 1).ToString("MMMM yyyy", Norsk),
                Tariff.Gjeldende(tariffer, new DateOnly(g.Key.Ar, g.Key.Maned, 1)),
                g.Select(f => new Rad(navn.TryGetValue(f.IntegrasjonId, out var n) ? n : $"Slettet integrasjon ({f.IntegrasjonId})", f.Oppslag, f.Treff))
                    .OrderBy(r => r.Integrasjon, StringComparer.Create(Norsk, ignoreCase: true))
                    .ToList()))
            .ToList();
    }
}

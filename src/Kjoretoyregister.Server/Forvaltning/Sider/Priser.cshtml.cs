using System.Globalization;
using Microsoft.AspNetCore.Mvc;

namespace Kjoretoyregister.Server.Forvaltning.Sider;

/// <summary>The cost-price tariff: every logged-in user reads it; a KS-administrator sets a new one from a day on.</summary>
public sealed class PriserModel(IForvaltningStore store) : ForvaltningSide
{
    public override string Tittel => "Priser for Fiks kjøretøyregister";

    public IReadOnlyList<Tariff> Tariffer { get; private set; } = [];

    public Tariff? Gjeldende { get; private set; }

    [BindProperty]
    public string? GyldigFra { get; set; }

    [BindProperty]
    public string? PrisPerOppslag { get; set; }

    [BindProperty]
    public string? Manedspris { get; set; }

    public async Task OnGetAsync() => await LesAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!Innlogget.KsAdministrator)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var fra = LesDato("gyldigFra", GyldigFra, "Gjelder fra");
        if (fra is null && string.IsNullOrWhiteSpace(GyldigFra))
        {
            Feil.Add(("gyldigFra", "Gjelder fra mangler."));
        }

        var perOppslag = Belop(PrisPerOppslag, "prisPerOppslag", "Pris per oppslag");
        var perManed = Belop(Manedspris, "manedspris", "Fast pris per måned");
        if (Feil.Count == 0)
        {
            try
            {
                var tariff = new Tariff(fra!.Value, perOppslag!.Value, perManed!.Value);
                await store.SettTariffAsync(tariff,
                    NyEndring(null, "Fastsatte pris for Fiks kjøretøyregister", $"Fra {Vis(tariff.GyldigFra)}: {Kroner(tariff.PrisPerOppslag)} per oppslag, {Kroner(tariff.Manedspris)} per måned"),
                    HttpContext.RequestAborted);
                Meld("Satsen er lagret.");
                return RedirectToPage();
            }
            catch (ForvaltningException feil)
            {
                Feil.Add(("", feil.Message));
            }
        }

        await LesAsync();
        return Page();
    }

    private decimal? Belop(string? tekst, string felt, string navn)
    {
        var normalisert = tekst?.Trim().Replace(" ", "", StringComparison.Ordinal).Replace(',', '.');
        if (decimal.TryParse(normalisert, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var belop))
        {
            return belop;
        }

        Feil.Add((felt, $"{navn} må være et beløp i kroner, for eksempel 0,10."));
        return null;
    }

    private async Task LesAsync()
    {
        Tariffer = await store.ListTariffAsync(HttpContext.RequestAborted);
        Gjeldende = Tariff.Gjeldende(Tariffer, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Na, Oslo).DateTime));
    }
}

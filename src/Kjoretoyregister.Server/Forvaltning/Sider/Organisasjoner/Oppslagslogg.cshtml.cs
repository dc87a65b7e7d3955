using System.Globalization;
using System.Text;
using Kjoretoyregister.Server.Logg;
using Kjoretoyregister.Server.Oppslag;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Kjoretoyregister.Server.Forvaltning.Sider.Organisasjoner;

/// <summary>
/// The organisation's audit log, filtered by day (Oslo time), integration, kjennemerke, fødselsnummer
/// (matching rows where the person was searched for or disclosed), saksbehandler and saksreferanse, paged, and exportable as CSV. Only
/// this organisation's rows, whatever the query says. An export is itself written to the change log.
/// </summary>
public sealed class OppslagsloggModel(IForvaltningStore store, IOppslagsloggLeser logg) : OrganisasjonSide
{
    public const int PerSide = 50;

    public override string Tittel => "Oppslagslogg";

    [BindProperty(SupportsGet = true)]
    public string? Fra { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Til { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Integrasjon { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kjennemerke { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Fodselsnummer { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Saksbehandler { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Saksreferanse { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Side { get; set; } = 1;

    public IReadOnlyDictionary<Guid, string> Integrasjoner { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyList<LagretLoggRad> Rader { get; private set; } = [];

    public long Antall { get; private set; }

    public int AntallSider => (int)Math.Max(1, (Antall + PerSide - 1) / PerSide);

    public async Task OnGetAsync()
    {
        await LesIntegrasjonerAsync();
        if (Filter() is not { } filter)
        {
            return;
        }

        Antall = await logg.TellAsync(filter, HttpContext.RequestAborted);
        Side = Math.Clamp(Side, 1, AntallSider);
        var rader = new List<LagretLoggRad>(PerSide);
        await foreach (var rad in logg.SokAsync(filter with { Hopp = (Side - 1) * PerSide, Antall = PerSide }, HttpContext.RequestAborted))
        {
            rader.Add(rad);
        }

        Rader = rader;
    }

    public async Task<IActionResult> OnGetCsvAsync()
    {
        await LesIntegrasjonerAsync();
        if (Filter() is not { } filter)
        {
            return Page();
        }

        await LoggEndringAsync(FiksOrgId, "Lastet ned oppslagsloggen som CSV", Beskriv());
        var filnavn = $"oppslagslogg-{Tjeneste<TimeProvider>().GetUtcNow():yyyyMMdd-HHmmss}.csv";
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = filnavn }.ToString();
        await using (var skriver = new StreamWriter(Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        {
            await LoggCsv.SkrivOverskriftAsync(skriver);
            await foreach (var rad in logg.SokAsync(filter, HttpContext.RequestAborted))
            {
                await LoggCsv.SkrivAsync(skriver, rad);
            }
        }

        return new EmptyResult();
    }

    public string SideLenke(int side)
    {
        var query = new QueryBuilder();
        foreach (var (navn, verdi) in new[] { ("fra", Fra), ("til", Til), ("integrasjon", Integrasjon?.ToString()), ("kjennemerke", Kjennemerke), ("fodselsnummer", Fodselsnummer), ("saksbehandler", Saksbehandler), ("saksreferanse", Saksreferanse) })
        {
            if (!string.IsNullOrWhiteSpace(verdi))
            {
                query.Add(navn, verdi);
            }
        }

        query.Add("side", side.ToString(CultureInfo.InvariantCulture));
        return $"/forvaltning/{FiksOrgId}/oppslagslogg{query}";
    }

    /// <summary>The organisation's integrations by id, and the lookup page (its rows name <see cref="Guid.Empty"/>).</summary>
    private async Task LesIntegrasjonerAsync()
    {
        var integrasjoner = (await store.ListIntegrasjonerAsync(FiksOrgId, HttpContext.RequestAborted)).ToDictionary(i => i.IntegrasjonId, i => i.Navn);
        integrasjoner[Guid.Empty] = Saksbehandleroppslag.Integrasjonsnavn;
        Integrasjoner = integrasjoner;
    }

    /// <summary>The search, always limited to this organisation; null with field errors when a field is invalid.</summary>
    private LoggFilter? Filter()
    {
        var fra = LesDato("fra", Fra, "Fra og med dato");
        var til = LesDato("til", Til, "Til og med dato");
        string? fnr = null;
        if (!string.IsNullOrWhiteSpace(Fodselsnummer))
        {
            if (Contracts.Fodselsnummer.TryParse(Fodselsnummer.Trim(), out var f, out var feil))
            {
                fnr = f.Verdi;
            }
            else
            {
                Feil.Add(("fodselsnummer", feil + "."));
            }
        }

        var saksbehandler = LesTekst("saksbehandler", Saksbehandler, "Saksbehandler");
        var saksreferanse = LesTekst("saksreferanse", Saksreferanse, "Saksreferanse");
        if (fra is not null && til is not null && til < fra)
        {
            Feil.Add(("til", "Til og med dato kan ikke være før fra og med dato."));
        }

        return Feil.Count > 0 ? null : new LoggFilter(
            FiksOrgId: FiksOrgId,
            IntegrasjonId: Integrasjon,
            Fodselsnummer: fnr,
            Kjennemerke: string.IsNullOrWhiteSpace(Kjennemerke) ? null : Kjennemerke.Trim(),
            Saksbehandler: saksbehandler,
            Saksreferanse: saksreferanse,
            Fra: fra is { } a ? Midnatt(a) : null,
            Til: til is { } b ? Midnatt(b.AddDays(1)) : null);
    }

    /// <summary>A searched header value, trimmed; empty is no filter. Longer than the header allows cannot match, so it is an error.</summary>
    private string? LesTekst(string felt, string? verdi, string navn)
    {
        if (string.IsNullOrWhiteSpace(verdi))
        {
            return null;
        }

        var tekst = verdi.Trim();
        if (tekst.Length > Tilgang.FiksTilgangFilter.MaksSaksbehandler || tekst.Any(char.IsControl))
        {
            Feil.Add((felt, $"{navn} kan ha høyst {Tilgang.FiksTilgangFilter.MaksSaksbehandler} tegn og ingen kontrolltegn."));
            return null;
        }

        return tekst;
    }

    private static DateTimeOffset Midnatt(DateOnly dag)
    {
        var lokal = dag.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(lokal, Oslo.GetUtcOffset(lokal));
    }

    /// <summary>The filter for the change log, without the fødselsnummer itself.</summary>
    private string Beskriv() => string.Join(", ", new[]
    {
        Fra is null ? null : "fra " + Fra,
        Til is null ? null : "til " + Til,
        Integrasjon is null ? null : "integrasjon " + Integrasjon,
        Kjennemerke is null ? null : "kjennemerke " + Kjennemerke,
        Fodselsnummer is null ? null : "søk på fødselsnummer",
        Saksbehandler is null ? null : "saksbehandler " + Saksbehandler,
        Saksreferanse is null ? null : "saksreferanse " + Saksreferanse,
    }.OfType<string>()) is { Length: > 0 } s ? s : "hele loggen";
}

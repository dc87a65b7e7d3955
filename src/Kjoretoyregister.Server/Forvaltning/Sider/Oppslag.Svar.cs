using Kjoretoyregister.Contracts.Svv;
using Kjoretoyregister.Server.Oppslag;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kjoretoyregister.Server.Forvaltning.Sider;

/// <summary>The lookup page's answer: the vehicles laid out, a list to pick from, a "not found" in words, or a refusal with its status.</summary>
public sealed partial class OppslagModel
{
    /// <summary>The vehicle (or trial plate) found, laid out; empty before a lookup, or when the answer is a list.</summary>
    public IReadOnlyList<Kjoretoyvisning> Visninger { get; private set; } = [];

    /// <summary>Several vehicles (an owner search, or a VIN shared by several): each to be looked up on its own.</summary>
    public IReadOnlyList<Treff> Treffliste { get; private set; } = [];

    /// <summary>How many vehicles the owner search matched in all (more than the list holds when over <see cref="Oppslagsskjema.MaksTreff"/>).</summary>
    public int AntallTreff { get; private set; }

    /// <summary>"Fant ikke noe kjøretøy med ...": the lookup was made (and logged) and found nothing.</summary>
    public string? IkkeFunnet { get; private set; }

    /// <summary>A refusal after the form was valid: fair use used up (429), the audit log down (503), the register unable to answer.</summary>
    public string? Avvisning { get; private set; }

    /// <summary>True when the page shows the outcome of a lookup (then above the form, so a phone shows it first).</summary>
    public bool HarSvar => Visninger.Count > 0 || Treffliste.Count > 0 || IkkeFunnet is not null || Avvisning is not null;

    /// <summary>When the lookup was made (the print view's heading says it).</summary>
    public DateTimeOffset Slatt { get; private set; }

    /// <summary>A vehicle in a list: its kuid (the key of its own lookup), plate, make and model, and who owns it.</summary>
    public sealed record Treff(string Kuid, string Kjennemerke, string Beskrivelse, string Eier);

    private async Task<IActionResult> SlaOppAsync(Oppslagsskjema skjema, string? rolle)
    {
        Skjema = skjema;
        if (await VelgOrganisasjonAsync(skjema.FiksOrgId) is { } stopp)
        {
            return stopp;
        }

        if (Organisasjon is null)
        {
            Feil.Add(("fiksOrgId", "Organisasjon mangler. Velg hvilken organisasjon oppslaget gjøres for."));
            return Page();
        }

        if (await store.HentDetaljerAsync(Organisasjon.FiksOrgId, HttpContext.RequestAborted) is not { } detaljer)
        {
            return NotFound();
        }

        if (Les(skjema, detaljer, rolle) is not { } foresporsel)
        {
            return Page();
        }

        Slatt = Na;
        var svar = await oppslag.SlaOppAsync(HttpContext, foresporsel);
        if (svar.Melding is { } melding)
        {
            Avvisning = melding;
            return new PageResult { StatusCode = svar.Status };
        }

        var treff = svar.Svar.Where(s => s.ErTreff).ToList();
        if (treff.Count == 0)
        {
            IkkeFunnet = IkkeFunnetTekst(foresporsel);
        }
        else if (svar.Treffliste is not null || treff.Count > 1)
        {
            Treffliste = treff.Where(s => s.Kjoretoy is not null).Select(Liste).ToList();
            AntallTreff = svar.Treffliste?.AntallTreffTotalt ?? treff.Count;
        }
        else if (rolle is not null && Kjoretoyvisning.Fodselsnummer(treff[0], rolle) is null)
        {
            Feil.Add(("", "Svaret har ingen person med den rollen, så det er ikke noe fødselsnummer å vise."));
        }
        else
        {
            Visninger = [Kjoretoyvisning.Fra(treff[0], rolle)];
        }

        return Page();
    }

    private static string IkkeFunnetTekst(Saksbehandlerforesporsel foresporsel)
    {
        var nar = foresporsel.Dtg is { } dtg ? $" på tidspunktet {Vis(dtg)}" : "";
        return foresporsel.Nokkeltype switch
        {
            Nokkeltype.Kjennemerke => $"Fant ikke noe kjøretøy med kjennemerke {foresporsel.Nokkel}{nar}.",
            Nokkeltype.Understellsnummer => $"Fant ikke noe kjøretøy med understellsnummer {foresporsel.Nokkel}{nar}.",
            Nokkeltype.Kuid => $"Fant ikke noe kjøretøy med kuid {foresporsel.Nokkel}{nar}.",
            _ => $"Fant ikke noe kjøretøy med eier, medeier eller leasingtaker som heter «{foresporsel.Nokkel}»{nar}.",
        };
    }

    private static Treff Liste(KjoretoyResponse svar)
    {
        var k = svar.Kjoretoy!;
        var data = KsMapping.TekniskeData(k.Godkjenning);
        var beskrivelse = string.Join(' ', new[] { data?.Merke, data?.Modell }.Where(t => !string.IsNullOrWhiteSpace(t)));
        var eier = Kjoretoyvisning.Fra(svar, null).Parter.FirstOrDefault();
        return new Treff(k.KjoretoyId.Kuid, k.KjoretoyId.Kjennemerke ?? "uten kjennemerke", beskrivelse.Length > 0 ? beskrivelse : "Ukjent merke",
            eier is null ? "" : $"{eier.Rollenavn}: {eier.Navn}");
    }
}

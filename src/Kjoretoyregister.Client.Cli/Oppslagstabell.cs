using System.Text.Json;
using Kjoretoyregister.Cli;
using Kjoretoyregister.Contracts.Json;
using Kjoretoyregister.Contracts.Ks;
using Kjoretoyregister.Contracts.Svv;

namespace Kjoretoyregister.Client.Cli;

/// <summary>
/// <c>fiks-kjoretoy oppslag --tabell</c>: one row per answer, with the plate, kuid, understellsnummer, make and
/// model, registration status, owner (name with fødselsnummer or organisasjonsnummer) and, for an item
/// without a vehicle, its response code. KS's v1 answers (person, organisation) fill in what they carry.
/// </summary>
internal static class Oppslagstabell
{
    private static readonly string[] Kolonner = ["kjennemerke", "kuid", "understellsnummer", "merke og modell", "registreringsstatus", "eier", "svarkode"];

    /// <summary>SVV's answers; the plates or kuids asked (in order) name the rows that found nothing.</summary>
    public static void Skriv(IReadOnlyList<KjoretoyResponse> svar, IReadOnlyList<string>? kjennemerker = null, IReadOnlyList<string>? kuider = null) =>
        Tabell.Skriv(Kolonner, svar.Select((s, i) => Rad(s, Spurt(kjennemerker, i), Spurt(kuider, i))));

    public static void Skriv(PersonKjoretoyResponse svar)
    {
        ArgumentNullException.ThrowIfNull(svar);
        Tabell.Skriv(Kolonner, svar.Kjoretoy.Select(k => Rad(
            k.Kjennemerke, k.TekniskeData, k.Registrering,
            k.Eierskap?.Eier?.Person is { } p ? $"{Navn(p.Fornavn, p.Mellomnavn, p.Etternavn)} ({svar.Fnr})" : "")));
    }

    public static void Skriv(OrganisasjonKjoretoyResponse svar)
    {
        ArgumentNullException.ThrowIfNull(svar);
        Tabell.Skriv(Kolonner, svar.Kjoretoy.Select(k => Rad(
            k.Kjennemerke, k.TekniskeData, k.Registrering,
            k.Eierskap?.Eier?.Organisasjon is { } o ? $"{o.Organisasjonsnavn} ({o.Organisasjonsnummer})" : "")));
    }

    private static string Spurt(IReadOnlyList<string>? spurt, int i) => spurt is not null && i < spurt.Count ? spurt[i] : "";

    private static string[] Rad(KjoretoyResponse svar, string spurtKjennemerke, string spurtKuid)
    {
        var kjoretoy = svar.Kjoretoy;
        var eier = kjoretoy?.Eierskap?.Eier ?? svar.Provekjennemerke?.Eier;
        return
        [
            svar.Provekjennemerke?.Kjennemerke ?? kjoretoy?.KjoretoyId.Kjennemerke ?? (svar.ErTreff ? "" : spurtKjennemerke),
            kjoretoy?.KjoretoyId.Kuid ?? spurtKuid,
            kjoretoy?.KjoretoyId.Understellsnummer ?? "",
            MerkeOgModell(kjoretoy?.Godkjenning),
            kjoretoy?.Registrering?.Registreringsstatus.KodeVerdi ?? "",
            eier is null ? "" : Eier(eier),
            svar.ErTreff ? "" : string.Join(", ", svar.Responskoder.Select(k => k.Kode)),
        ];
    }

    private static string[] Rad(string? kjennemerke, KsTekniskeData? data, KsRegistrering? registrering, string eier) =>
        [kjennemerke ?? "", "", "", Navn(data?.Merke, data?.Modell), registrering?.Status ?? "", eier, ""];

    private static string Eier(PersonEnhet eier) => eier switch
    {
        { Person: { } p } => $"{Navn(p.Fornavn, p.Mellomnavn, p.Etternavn)} ({p.Fodselsnummer})",
        { Enhet: { } e } => $"{e.Organisasjonsnavn} ({e.Organisasjonsnummer})",
        _ => "",
    };

    private static string Navn(params string?[] deler) => string.Join(' ', deler.Where(d => !string.IsNullOrWhiteSpace(d)));

    /// <summary>Make and model (handelsbetegnelse) from SVV's approval data, as far as it holds them.</summary>
    private static string MerkeOgModell(RawJson? godkjenning)
    {
        if (godkjenning is not { } raw)
        {
            return "";
        }

        var generelt = raw.TilElement();
        foreach (var felt in (string[])["tekniskGodkjenning", "tekniskeData", "generelt"])
        {
            if (generelt.ValueKind != JsonValueKind.Object || !generelt.TryGetProperty(felt, out var under))
            {
                return "";
            }

            generelt = under;
        }

        var merke = Forste(generelt, "merke") is { ValueKind: JsonValueKind.Object } m && m.TryGetProperty("merke", out var navn) && navn.ValueKind == JsonValueKind.String
            ? navn.GetString()
            : null;
        var modell = Forste(generelt, "handelsbetegnelse") is { ValueKind: JsonValueKind.String } h ? h.GetString() : null;
        return Navn(merke, modell);
    }

    private static JsonElement? Forste(JsonElement fra, string navn) =>
        fra.ValueKind == JsonValueKind.Object && fra.TryGetProperty(navn, out var liste) && liste.ValueKind == JsonValueKind.Array && liste.GetArrayLength() > 0
            ? liste[0]
            : null;
}

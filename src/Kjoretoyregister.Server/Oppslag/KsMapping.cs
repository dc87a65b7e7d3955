using System.Text.Json;
using Kjoretoyregister.Contracts;
using Kjoretoyregister.Contracts.Json;
using Kjoretoyregister.Contracts.Ks;
using Kjoretoyregister.Contracts.Svv;

namespace Kjoretoyregister.Server.Oppslag;

/// <summary>
/// SVV's v2.0 vehicle as KS's v1 operations show it: the main plate, first registration, the owner
/// (a person for the person lookup, an organisation for the organisation lookup), the registration
/// status and a few technical data from the approval.
/// </summary>
internal static class KsMapping
{
    public static KsKjoretoy TilPerson(Kjoretoy kjoretoy)
    {
        var eier = kjoretoy.Eierskap?.Eier;
        var eierskap = eier?.Person is { } person
            ? new KsEierskap(new KsEier(new KsPerson(person.Fornavn, person.Mellomnavn, person.Etternavn), Dato(eier.FomTidspunkt)))
            : null;
        return new KsKjoretoy(kjoretoy.KjoretoyId.Kjennemerke, kjoretoy.Forstegangsregistrering?.RegistrertForstegangNorgeDato,
            eierskap, Registrering(kjoretoy), TekniskeData(kjoretoy.Godkjenning));
    }

    public static KsKjoretoyOrganisasjon TilOrganisasjon(Kjoretoy kjoretoy)
    {
        var eier = kjoretoy.Eierskap?.Eier;
        var eierskap = eier?.Enhet is { } enhet
            ? new KsEierskapOrganisasjon(new KsEierOrganisasjon(new KsOrganisasjon(enhet.Organisasjonsnummer, enhet.Organisasjonsnavn), Dato(eier.FomTidspunkt)))
            : null;
        return new KsKjoretoyOrganisasjon(kjoretoy.KjoretoyId.Kjennemerke, kjoretoy.Forstegangsregistrering?.RegistrertForstegangNorgeDato,
            eierskap, Registrering(kjoretoy), TekniskeData(kjoretoy.Godkjenning));
    }

    private static KsRegistrering? Registrering(Kjoretoy kjoretoy) =>
        kjoretoy.Registrering is { } r ? new KsRegistrering(r.Registreringsstatus.KodeVerdi) : null;

    private static DateOnly? Dato(DateTimeOffset? tidspunkt) =>
        tidspunkt is { } t ? DateOnly.FromDateTime(NorskTid.TilNorskTid(t).DateTime) : null;

    /// <summary>gruppe/gruppeKode from the technical code, merke, modell (handelsbetegnelse) and fuels from SVV's approval data.</summary>
    public static KsTekniskeData? TekniskeData(RawJson? godkjenning)
    {
        if (godkjenning is not { } raw)
        {
            return null;
        }

        var rot = raw.TilElement();
        if (!Sti(rot, "tekniskGodkjenning", "tekniskeData", out var data))
        {
            return null;
        }

        string? gruppe = null, gruppeKode = null, merke = null, modell = null;
        if (Sti(data, "generelt", out var generelt))
        {
            if (Sti(generelt, "tekniskKode", out var kode))
            {
                gruppe = Tekst(kode, "kodeNavn");
                gruppeKode = Tekst(kode, "kodeVerdi");
            }

            merke = Forste(generelt, "merke") is { } m ? Tekst(m, "merke") : null;
            modell = Forste(generelt, "handelsbetegnelse") is { ValueKind: JsonValueKind.String } h ? h.GetString() : null;
        }

        var drivstoff = new List<string>();
        if (Sti(data, "motorOgDrivverk", out var motorer) && motorer.TryGetProperty("motor", out var motor) && motor.ValueKind == JsonValueKind.Array)
        {
            foreach (var d in motor.EnumerateArray().Where(m => m.ValueKind == JsonValueKind.Object && m.TryGetProperty("drivstoff", out var l) && l.ValueKind == JsonValueKind.Array)
                .SelectMany(m => m.GetProperty("drivstoff").EnumerateArray()))
            {
                if (Sti(d, "drivstoffKode", out var k) && Tekst(k, "kodeNavn") is { } navn && !drivstoff.Contains(navn))
                {
                    drivstoff.Add(navn);
                }
            }
        }

        return new KsTekniskeData(gruppe, gruppeKode, merke, modell, drivstoff);
    }

    private static bool Sti(JsonElement fra, string a, out JsonElement til) => Sti(fra, a, null, out til);

    private static bool Sti(JsonElement fra, string a, string? b, out JsonElement til)
    {
        til = default;
        if (fra.ValueKind != JsonValueKind.Object || !fra.TryGetProperty(a, out til) || til.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        return b is null || (til.TryGetProperty(b, out til) && til.ValueKind == JsonValueKind.Object);
    }

    private static JsonElement? Forste(JsonElement fra, string navn) =>
        fra.TryGetProperty(navn, out var liste) && liste.ValueKind == JsonValueKind.Array && liste.GetArrayLength() > 0 ? liste[0] : null;

    private static string? Tekst(JsonElement fra, string navn) =>
        fra.ValueKind == JsonValueKind.Object && fra.TryGetProperty(navn, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}

using Kjoretoyregister.Contracts;
using Kjoretoyregister.Server.Logg;
using Kjoretoyregister.Server.Oppslag;
using Kjoretoyregister.Server.Tilgang;

namespace Kjoretoyregister.Server.Forvaltning.Sider;

/// <summary>The lookup page's form read with the API's own rules: each error names its field, the key's error the rule it breaks.</summary>
public sealed partial class OppslagModel
{
    /// <summary>The longest saksreferanse, as for the API's header <c>Saksreferanse</c>.</summary>
    public const int MaksSaksreferanse = FiksTilgangFilter.MaksSaksreferanse;

    /// <summary>The fields' labels, by the value of <c>felt</c>.</summary>
    public static readonly IReadOnlyList<(string Felt, string Etikett)> Sokefelt =
    [
        ("kjennemerke", "Kjennemerke"),
        ("understellsnummer", "Understellsnummer"),
        ("eiernavn", "Navn på eier, medeier eller leasingtaker"),
    ];

    /// <summary>The lookup the form asks for, with the audit operation; null with <see cref="ForvaltningSide.Feil"/> filled when it is not valid.</summary>
    private Saksbehandlerforesporsel? Les(Oppslagsskjema skjema, Organisasjonsdetaljer detaljer, string? rolle)
    {
        var formal = Formalskatalog.Normaliser(skjema.Formal);
        if (formal.Length == 0)
        {
            Feil.Add(("formal", "Formål mangler. Velg formålet med oppslaget fra organisasjonens formålskatalog."));
        }
        else if (!Katalog.Any(f => f.Kode == formal))
        {
            Feil.Add(("formal", "Formålet finnes ikke i organisasjonens formålskatalog. Velg et av formålene i listen."));
        }

        var saksreferanse = skjema.Saksreferanse?.Trim() ?? "";
        if (saksreferanse.Length == 0)
        {
            Feil.Add(("saksreferanse", "Saksreferanse mangler. Skriv saksnummeret eller en annen referanse til saken oppslaget gjelder."));
        }
        else if (saksreferanse.Length > MaksSaksreferanse || saksreferanse.Any(char.IsControl))
        {
            Feil.Add(("saksreferanse", $"Saksreferanse kan ha høyst {MaksSaksreferanse} tegn og ingen kontrolltegn."));
        }

        if (rolle is not null && !Kjoretoyvisning.Roller.Contains(rolle))
        {
            Feil.Add(("", "Ukjent rolle. Trykk «Vis fødselsnummer» ved personen du vil se fødselsnummeret til."));
        }

        var (type, nokkel, sok) = Nokkel(skjema);
        DateTimeOffset? dtg = null;
        if (!string.IsNullOrWhiteSpace(skjema.Tidspunkt))
        {
            if (Dtg.TryParse(skjema.Tidspunkt, out var verdi, out var melding))
            {
                dtg = verdi.Tidspunkt;
            }
            else
            {
                Feil.Add(("tidspunkt", $"Tidspunkt er ugyldig: {melding}."));
            }
        }

        if (Feil.Count > 0)
        {
            return null;
        }

        var operasjon = rolle is not null ? Saksbehandleroppslag.VisFodselsnummer : type switch
        {
            Nokkeltype.Kjennemerke => Operasjoner.Kjennemerke,
            Nokkeltype.Kuid => Operasjoner.Kuid,
            Nokkeltype.Understellsnummer => Operasjoner.Understellsnummer,
            _ => Operasjoner.Eiernavn,
        };
        return new Saksbehandlerforesporsel(detaljer.Organisasjon.FiksOrgId, detaljer.Organisasjon.Organisasjonsnummer.ToString(), Innlogget.Brukernavn,
            detaljer.Kvote, formal, saksreferanse, type, nokkel!, dtg, operasjon, sok, rolle is null ? null : $"{nokkel} ({rolle})");
    }

    /// <summary>The key in its normal form by the API's own types; null with the field's error (naming the rule) when it is not valid.</summary>
    private (Nokkeltype Type, string? Nokkel, Eiersok? Sok) Nokkel(Oppslagsskjema skjema)
    {
        var verdi = skjema.Verdi?.Trim();
        switch (skjema.Felt)
        {
            case "kjennemerke":
                return Kjennemerke.TryParse(verdi, out var kjennemerke, out var feil)
                    ? (Nokkeltype.Kjennemerke, kjennemerke.Visning, null)
                    : Ugyldig(Nokkeltype.Kjennemerke, feil);
            case "understellsnummer":
                return Understellsnummer.TryParse(verdi, out var vin, out feil)
                    ? (Nokkeltype.Understellsnummer, vin.ToString(), null)
                    : Ugyldig(Nokkeltype.Understellsnummer, feil);
            case "kuid":
                return Kuid.TryParse(verdi, out var kuid, out feil)
                    ? (Nokkeltype.Kuid, kuid.ToString(), null)
                    : Ugyldig(Nokkeltype.Kuid, feil);
            case "eiernavn":
                var (sok, felt, melding) = skjema.Eiersok();
                if (melding is not null)
                {
                    Feil.Add((felt!, melding));
                }

                return Eiernavnparametre.Navn(verdi) is { } navn
                    ? (Nokkeltype.Eiernavn, navn, sok)
                    : Ugyldig(Nokkeltype.Eiernavn, "Navnet må ha 2–200 tegn");
            default:
                Feil.Add(("felt-kjennemerke", "Velg hva du vil søke etter: kjennemerke, understellsnummer eller navn."));
                return (Nokkeltype.Kjennemerke, null, null);
        }
    }

    private (Nokkeltype, string?, Eiersok?) Ugyldig(Nokkeltype type, string feil)
    {
        Feil.Add(("verdi", feil.EndsWith('.') ? feil : feil + "."));
        return (type, null, null);
    }
}

using System.Data.Common;
using Kjoretoyregister.Contracts.Svv;

namespace Kjoretoyregister.Register.Oppslag;

// Rows as a register store returns them, in stored form (times as in Tid). RegisterOppslag turns
// them into the contract's records; stores never build contract records themselves.

internal sealed record KjoretoyRad(
    long Id,
    string Kuid,
    string Understellsnummer,
    string? ForstegangDato,
    string? Godkjenning,
    string? Kontrollfrist,
    string? SistGodkjent);

internal sealed record KjennemerkeRad(string Kjennemerke, string Kategori, string Type, long Fom, long Til);

internal sealed record RegistreringRad(string Status, string? KjoringensArt, long Fom, long Til);

internal sealed record EierskapRad(long Fom, long Til, long? Vedtak, PartRad Eier, PartRad? Medeier, PartRad? Leasingtaker, PartRad? Underenhet);

internal sealed record ProvekjennemerkeRad(long Id, string Prkid, string Kjennemerke, string Type, long Fom, long Til, PartRad Eier);

internal sealed record KjoreseddelRad(string Kuid, string? Formal, long Fom, long Til, PartRad Bruker);

/// <summary>A person (Fnr) or an organisation (Orgnr), with its latest known name and address; an import line gives one, a lookup reads one.</summary>
internal sealed record PartRad(
    string? Fnr,
    string? Orgnr,
    string? Fornavn,
    string? Mellomnavn,
    string? Etternavn,
    string? Orgnavn,
    Adresse? Adresse)
{
    /// <summary>The fødselsnummer or organisasjonsnummer: what identifies the party.</summary>
    public string Nokkel => Fnr ?? Orgnr!;

    /// <summary>The number of columns <see cref="Les"/> reads: fnr, orgnr, names, then the nine address fields.</summary>
    public const int AntallKolonner = 15;

    /// <summary>Reads a party from <see cref="AntallKolonner"/> columns starting at <paramref name="forste"/>; null when fnr and orgnr are both NULL (no party).</summary>
    public static PartRad? Les(DbDataReader leser, int forste)
    {
        var fnr = Tekst(leser, forste);
        var orgnr = Tekst(leser, forste + 1);
        if (fnr is null && orgnr is null)
        {
            return null;
        }

        Adresse? adresse = null;
        for (var i = forste + 6; i < forste + AntallKolonner; i++)
        {
            if (!leser.IsDBNull(i))
            {
                var a = forste + 6;
                adresse = new Adresse(
                    Tekst(leser, a), Tekst(leser, a + 1), Tekst(leser, a + 2), Tekst(leser, a + 3), Tekst(leser, a + 4),
                    Tekst(leser, a + 5), Tekst(leser, a + 6), Tekst(leser, a + 7), Tekst(leser, a + 8));
                break;
            }
        }

        return new PartRad(fnr, orgnr, Tekst(leser, forste + 2), Tekst(leser, forste + 3), Tekst(leser, forste + 4), Tekst(leser, forste + 5), adresse);
    }

    private static string? Tekst(DbDataReader leser, int kolonne) => leser.IsDBNull(kolonne) ? null : leser.GetString(kolonne);
}

using System.Text.Json;

namespace Kjoretoyregister.Register.Syntetisk;

/// <summary>Writes a Norwegian address (street and number, postnummer and poststed in a real kommune).</summary>
internal static class Adresser
{
    /// <summary>Writes <c>"adresse": {...}</c> in <paramref name="kommune"/>, drawing street and number from <paramref name="tilfeldig"/>.</summary>
    public static void Skriv(Utf8JsonWriter w, Kommune kommune, SplitMix64 tilfeldig)
    {
        Span<byte> linje = stackalloc byte[64];
        var lengde = Tekst.Legg(linje, 0, tilfeldig.Pick(Kommuner.Gatenavn));
        linje[lengde++] = (byte)' ';
        lengde = Tekst.Legg(linje, lengde, 1 + tilfeldig.Next(tilfeldig.Promille(700) ? 40 : 160));
        Span<byte> postnummer = stackalloc byte[4];
        Tekst.LeggSifre(postnummer, 0, tilfeldig.Between(kommune.ForstePostnummer, kommune.SistePostnummer + 1), 4);

        w.WriteStartObject(Felt.Adresse);
        w.WriteString(Felt.Adresselinje1, linje[..lengde]);
        w.WriteString(Felt.Postnummer, postnummer);
        w.WriteString(Felt.Poststed, kommune.Poststed);
        w.WriteString(Felt.Kommunenummer, kommune.Nummer);
        w.WriteString(Felt.Kommunenavn, kommune.Navn);
        w.WriteString(Felt.Land, Kodeverdi.Norge);
        w.WriteString(Felt.Landkode, Kodeverdi.Nor);
        w.WriteEndObject();
    }
}

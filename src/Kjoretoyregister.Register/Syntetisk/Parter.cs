using System.Text.Json;

namespace Kjoretoyregister.Register.Syntetisk;

/// <summary>Draws and writes the parties of the register: persons and organisations.</summary>
internal sealed class Parter(int seed, int referansear)
{
    public Personer Personer { get; } = new(seed, referansear);

    public Enheter Enheter { get; } = new(seed);

    /// <summary>An adult person (18 or older on <paramref name="dag"/>).</summary>
    public Part Person(SplitMix64 trekk, int dag) => new(Parttype.Person, Personer.Velg(trekk, dag));

    public static Part Forhandler(SplitMix64 trekk) => new(Parttype.Forhandler, trekk.Next(Enheter.AntallForhandlere));

    public static Part Leasingselskap(SplitMix64 trekk) => new(Parttype.Leasingselskap, trekk.Next(12));

    public static Part Firma(SplitMix64 trekk) => new(Parttype.Firma, trekk.Next(Enheter.AntallFirma));

    public static Part Underenhet(Part firma, SplitMix64 trekk) =>
        new(Parttype.Underenhet, (firma.Indeks * Enheter.UnderenheterPerFirma) + trekk.Next(Enheter.UnderenheterPerFirma));

    /// <summary>Writes <c>"navn": {person or enhet, adresse?}</c>.</summary>
    public void Skriv(Utf8JsonWriter w, JsonEncodedText navn, Part part, bool medAdresse)
    {
        w.WritePropertyName(navn);
        if (part.Type == Parttype.Person)
        {
            Personer.Skriv(w, part.Indeks, medAdresse);
        }
        else
        {
            Enheter.Skriv(w, part, medAdresse);
        }
    }
}

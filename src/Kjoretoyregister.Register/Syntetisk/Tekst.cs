using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Kjoretoyregister.Register.Syntetisk;

/// <summary>Pre-encoded JSON text: encoded once at start-up, written without re-escaping per line.</summary>
internal static class Tekst
{
    /// <summary>
    /// Writes Æ, Ø, Å and '+' as themselves (the default encoder writes \u00D8 and \u002B). The
    /// output is NDJSON for the importer, never embedded in HTML.
    /// </summary>
    public static readonly JavaScriptEncoder Koder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public static JsonEncodedText Kod(string tekst) => JsonEncodedText.Encode(tekst, Koder);

    /// <summary>Splits a list written as one string (separated by <paramref name="skille"/>) and encodes every item.</summary>
    public static JsonEncodedText[] Liste(string liste, char skille = ' ')
    {
        var deler = liste.Split(skille, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var resultat = new JsonEncodedText[deler.Length];
        for (var i = 0; i < deler.Length; i++)
        {
            resultat[i] = Kod(deler[i]);
        }

        return resultat;
    }

    /// <summary>The UTF-8 bytes of each item, for building composite values (street + number, company names).</summary>
    public static byte[][] Utf8(string liste, char skille = ' ')
    {
        var deler = liste.Split(skille, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var resultat = new byte[deler.Length][];
        for (var i = 0; i < deler.Length; i++)
        {
            resultat[i] = Encoding.UTF8.GetBytes(deler[i]);
        }

        return resultat;
    }

    /// <summary>Appends <paramref name="del"/> at <paramref name="posisjon"/> and returns the new length.</summary>
    public static int Legg(Span<byte> ut, int posisjon, ReadOnlySpan<byte> del)
    {
        del.CopyTo(ut[posisjon..]);
        return posisjon + del.Length;
    }

    /// <summary>Appends a non-negative number in decimal and returns the new length.</summary>
    public static int Legg(Span<byte> ut, int posisjon, long tall)
    {
        tall.TryFormat(ut[posisjon..], out var skrevet, default, System.Globalization.CultureInfo.InvariantCulture);
        return posisjon + skrevet;
    }

    /// <summary>Appends a number as exactly <paramref name="sifre"/> digits, zero-padded.</summary>
    public static int LeggSifre(Span<byte> ut, int posisjon, long tall, int sifre)
    {
        for (var i = posisjon + sifre - 1; i >= posisjon; i--)
        {
            ut[i] = (byte)('0' + (tall % 10));
            tall /= 10;
        }

        return posisjon + sifre;
    }
}

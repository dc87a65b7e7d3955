namespace System;

/// <summary>netstandard2.0 only (see Pakke.props): span methods of .NET 8 that the Polyfill package does not bring.</summary>
internal static class SpanPolyfill
{
    /// <summary>As .NET 8's <c>MemoryExtensions.IndexOfAnyExceptInRange</c>: the first character outside <paramref name="lav"/>–<paramref name="hoy"/>, or -1.</summary>
    public static int IndexOfAnyExceptInRange(this ReadOnlySpan<char> tekst, char lav, char hoy)
    {
        for (var i = 0; i < tekst.Length; i++)
        {
            if (tekst[i] < lav || tekst[i] > hoy)
            {
                return i;
            }
        }

        return -1;
    }
}

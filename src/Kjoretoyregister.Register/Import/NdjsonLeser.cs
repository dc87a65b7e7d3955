namespace Kjoretoyregister.Register.Import;

/// <summary>
/// Reads NDJSON as UTF-8 byte lines without decoding them to strings: the JSON reader takes bytes.
/// Skips a leading BOM, accepts <c>\n</c> and <c>\r\n</c>. Line numbers count every line, blank ones too.
/// </summary>
internal sealed class NdjsonLeser(Stream kilde)
{
    /// <summary>The longest line accepted; a vehicle with its full history is a few kilobytes.</summary>
    public const int MaksLinjelengde = 16 * 1024 * 1024;

    private byte[] buffer = new byte[1 << 20];
    private int start;
    private int slutt;
    private bool tom;
    private bool forsteBlokk = true;

    /// <summary>The number of the line last returned, from 1.</summary>
    public long Linjenummer { get; private set; }

    /// <summary>Bytes consumed so far (for progress).</summary>
    public long LesteBytes { get; private set; }

    /// <summary>Returns the next line (without its line end), or false at the end of the stream.</summary>
    public bool NesteLinje(out ReadOnlyMemory<byte> linje)
    {
        while (true)
        {
            var slutten = Array.IndexOf(buffer, (byte)'\n', start, slutt - start);
            if (slutten >= 0)
            {
                linje = Klipp(start, slutten);
                LesteBytes += slutten + 1 - start;
                start = slutten + 1;
                Linjenummer++;
                return true;
            }

            if (tom)
            {
                if (start < slutt)
                {
                    linje = Klipp(start, slutt);
                    LesteBytes += slutt - start;
                    start = slutt;
                    Linjenummer++;
                    return true;
                }

                linje = default;
                return false;
            }

            Fyll();
        }
    }

    private ReadOnlyMemory<byte> Klipp(int fra, int til)
    {
        if (til > fra && buffer[til - 1] == (byte)'\r')
        {
            til--;
        }

        return buffer.AsMemory(fra, til - fra);
    }

    private void Fyll()
    {
        if (start > 0)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, slutt - start);
            slutt -= start;
            start = 0;
        }

        if (slutt == buffer.Length)
        {
            if (buffer.Length >= MaksLinjelengde)
            {
                throw new InvalidDataException($"Linje {Linjenummer + 1} er lengre enn {MaksLinjelengde / (1024 * 1024)} MiB.");
            }

            Array.Resize(ref buffer, buffer.Length * 2);
        }

        var lest = kilde.Read(buffer, slutt, buffer.Length - slutt);
        if (lest == 0)
        {
            tom = true;
            return;
        }

        slutt += lest;
        if (forsteBlokk)
        {
            forsteBlokk = false;
            if (slutt >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF)
            {
                start = 3;
                LesteBytes = 3;
            }
        }
    }
}

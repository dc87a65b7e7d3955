namespace Kjoretoyregister.Register.Syntetisk;

/// <summary>
/// Generates a deterministic synthetic vehicle register in the import format (NDJSON): realistic
/// Norwegian plates, owners, histories and trial plates, for demos, tests and benchmarks.
/// </summary>
public static class SyntetiskRegister
{
    /// <summary>
    /// Writes NDJSON (UTF-8, '\n' line ends, no BOM) in the import format: <c>Antall</c> vehicle lines
    /// (<c>"type":"kjoretoy"</c>) plus trial-plate lines (<c>"type":"provekjennemerke"</c>) after each
    /// block of 200 vehicles. The same Antall, Seed and Referansetidspunkt give the same bytes.
    /// </summary>
    /// <param name="ut">Where to write; not closed.</param>
    /// <param name="options">How many vehicles, from which seed, as of when.</param>
    /// <param name="progress">Called now and then with the number of vehicle lines written so far.</param>
    /// <param name="cancellationToken">Stops the writing.</param>
    public static Task SkrivAsync(Stream ut, SyntetiskRegisterOptions options, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ut);
        ArgumentNullException.ThrowIfNull(options);
        var ar = options.Referansetidspunkt.Year;
        if (ar is < 1980 or > 2050)
        {
            throw new ArgumentOutOfRangeException(nameof(options), ar, "Referansetidspunktet må være mellom år 1980 og 2050.");
        }

        Oslotid.Klargjor();
        var skriver = new Registerskriver(options);
        if (options.Antall < 0 || options.Antall > skriver.MaksAntall)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Antall, $"Antall må være mellom 0 og {skriver.MaksAntall}.");
        }

        return skriver.SkrivAsync(ut, progress, cancellationToken);
    }
}

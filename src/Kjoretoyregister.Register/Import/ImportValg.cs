namespace Kjoretoyregister.Register.Import;

/// <summary>How an import treats bad lines, and where it reports.</summary>
public sealed class ImportValg
{
    /// <summary>Import the valid lines and reject the others, instead of all or nothing.</summary>
    public bool HoppOverUgyldige { get; init; }

    /// <summary>Called for every problem found, as it is found.</summary>
    public Action<ImportFeil>? VedFeil { get; init; }

    /// <summary>With <see cref="HoppOverUgyldige"/>: the rejected lines are written here as they were read.</summary>
    public Stream? Avvist { get; init; }

    /// <summary>Told now and then how far the import has come.</summary>
    public IProgress<ImportFremdrift>? Fremdrift { get; init; }
}

/// <summary>How far an import has come: lines and bytes read.</summary>
public readonly record struct ImportFremdrift(long Linjer, long Bytes);

/// <summary>
/// What an import did. <see cref="Lagret"/> is false when an all-or-nothing import found a bad
/// line: then nothing was written.
/// </summary>
public sealed record ImportResultat(long Linjer, long Kjoretoy, long Provekjennemerker, long AvvisteLinjer, long Feil, bool Lagret);

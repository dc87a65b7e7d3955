using System.Text.Json;
using Kjoretoyregister.Register.Oppslag;

namespace Kjoretoyregister.Register.Import;

/// <summary>
/// Imports NDJSON in the register import format into a register store, in one transaction.
/// Vehicle lines are checked and written a batch at a time as they are read; trial-plate lines are
/// kept until the end, so that their driving slips may name vehicles that come later in the file.
/// Problems are reported in line order (the trial plates' checks against the register last).
/// </summary>
internal sealed class RegisterImport(Func<CancellationToken, ValueTask<IRegisterSkriving>> apneSkriving, ImportValg valg)
{
    public RegisterImport(IRegisterLager lager, ImportValg valg)
        : this(lager.ApneSkrivingAsync, valg)
    {
    }

    private const int FremdriftHver = 10_000;

    /// <summary>How many lines are checked and written together (one round trip to a server).</summary>
    private const int Bolkstorrelse = 2_000;

    private readonly ImportValidering validering = new();
    private readonly List<Linjeutfall> bolk = [];
    private readonly List<Linjeutfall> ventendeProvekjennemerker = [];
    private long antallFeil;
    private long avvist;
    private long kjoretoy;
    private long provekjennemerker;

    public async Task<ImportResultat> ImporterAsync(Stream kilde, CancellationToken cancellationToken)
    {
        var leser = new NdjsonLeser(kilde);
        await using var skriving = await apneSkriving(cancellationToken).ConfigureAwait(false);

        // The batch being written while the next one is read and checked; its problems are reported
        // (in line order) before the next batch is written.
        Task? skrives = null;
        try
        {
            while (leser.NesteLinje(out var linje))
            {
                if (leser.Linjenummer % FremdriftHver == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    valg.Fremdrift?.Report(new ImportFremdrift(leser.Linjenummer, leser.LesteBytes));
                }

                if (!linje.Span.Trim(" \t"u8).IsEmpty)
                {
                    Linje(leser.Linjenummer, linje);
                    if (bolk.Count >= Bolkstorrelse)
                    {
                        if (skrives is not null)
                        {
                            await skrives.ConfigureAwait(false);
                        }

                        // On a thread of its own: the engines' writes may complete synchronously (SQLite's
                        // do), and reading and checking the next batch should not wait for them.
                        List<Linjeutfall> denne = [.. bolk];
                        skrives = Task.Run(() => LagreKjoretoyAsync(skriving, denne, cancellationToken), CancellationToken.None);
                        bolk.Clear();
                    }
                }
            }

            if (skrives is not null)
            {
                await skrives.ConfigureAwait(false);
            }
        }
        finally
        {
            // A batch still being written when reading fails is let finish before the rollback.
            if (skrives is { IsCompleted: false })
            {
                await skrives.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }

        await LagreKjoretoyAsync(skriving, [.. bolk], cancellationToken).ConfigureAwait(false);
        bolk.Clear();
        for (var fra = 0; fra < ventendeProvekjennemerker.Count; fra += Bolkstorrelse)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var plater = ventendeProvekjennemerker.GetRange(fra, Math.Min(Bolkstorrelse, ventendeProvekjennemerker.Count - fra));
            await LagreProvekjennemerkerAsync(skriving, plater, cancellationToken).ConfigureAwait(false);
        }

        valg.Fremdrift?.Report(new ImportFremdrift(leser.Linjenummer, leser.LesteBytes));
        var lagret = antallFeil == 0 || valg.HoppOverUgyldige;
        if (lagret)
        {
            await skriving.FullforAsync(cancellationToken).ConfigureAwait(false);
        }

        return new ImportResultat(leser.Linjenummer, kjoretoy, provekjennemerker, avvist, antallFeil, lagret);
    }

    /// <summary>Parses and checks one line; vehicles wait in the batch, trial plates until the end.</summary>
    private void Linje(long nummer, ReadOnlyMemory<byte> tekst)
    {
        ImportLinje? linje;
        try
        {
            linje = JsonSerializer.Deserialize(tekst.Span, ImportJsonContext.Default.ImportLinje);
        }
        catch (JsonException e)
        {
            bolk.Add(Feil(nummer, tekst, [(Felt(e.Path), Arsak(e))]));
            return;
        }

        switch (linje?.Type)
        {
            case "kjoretoy":
                bolk.Add(validering.Kjoretoy(linje) is { } nytt
                    ? new Linjeutfall(nummer, Kopi(tekst), nytt, null, null)
                    : Feil(nummer, tekst, [.. validering.Feil]));
                break;
            case "provekjennemerke":
                if (validering.Provekjennemerke(linje) is { } plate)
                {
                    ventendeProvekjennemerker.Add(new Linjeutfall(nummer, Kopi(tekst), null, plate, null));
                }
                else
                {
                    bolk.Add(Feil(nummer, tekst, [.. validering.Feil]));
                }

                break;
            case null:
                bolk.Add(Feil(nummer, tekst, [("type", linje is null ? "linjen er ikke et JSON-objekt" : "mangler")]));
                break;
            default:
                bolk.Add(Feil(nummer, tekst, [("type", $"'{linje.Type}' er verken \"kjoretoy\" eller \"provekjennemerke\"")]));
                break;
        }
    }

    /// <summary>
    /// Writes the batch's vehicles and reports the batch's problems in line order. Runs beside the
    /// reading of the next batch: it alone touches the counters, the callbacks and the writer, and the
    /// reader awaits it before it starts the next.
    /// </summary>
    private async Task LagreKjoretoyAsync(IRegisterSkriving skriving, List<Linjeutfall> bolk, CancellationToken cancellationToken)
    {
        var nye = new List<NyttKjoretoy>(bolk.Count);
        foreach (var utfall in bolk)
        {
            if (utfall.Kjoretoy is { } k)
            {
                nye.Add(k);
            }
        }

        var konflikter = nye.Count == 0 ? [] : await skriving.LagreKjoretoyAsync(nye, cancellationToken).ConfigureAwait(false);
        var j = 0;
        foreach (var utfall in bolk)
        {
            if (utfall.Kjoretoy is not { } nytt)
            {
                Avvis(utfall.Linje, utfall.Tekst, utfall.Feil!);
            }
            else if (konflikter[j++] is { Count: > 0 } plater)
            {
                Avvis(utfall.Linje, utfall.Tekst, plater.Select(p => (
                    $"kjennemerker[{p.Indeks}]",
                    $"kjennemerke {nytt.Kjennemerker[p.Indeks].Visning} er knyttet til kjøretøyet med kuid {p.AnnenKuid} i en overlappende periode")).ToList());
            }
            else
            {
                kjoretoy++;
            }
        }
    }

    private async ValueTask LagreProvekjennemerkerAsync(IRegisterSkriving skriving, List<Linjeutfall> plater, CancellationToken cancellationToken)
    {
        var konflikter = await skriving.LagreProvekjennemerkerAsync(plater.ConvertAll(p => p.Provekjennemerke!), cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < plater.Count; i++)
        {
            if (konflikter[i] is not { } konflikt)
            {
                provekjennemerker++;
                continue;
            }

            var plate = plater[i].Provekjennemerke!;
            var feil = new List<(string, string)>();
            if (konflikt.AnnenPrkid is { } annen)
            {
                feil.Add(("kjennemerke", $"prøvekjennemerket {plate.Visning} finnes allerede med prkid {annen} i en overlappende periode"));
            }

            foreach (var k in konflikt.UkjenteKjoresedler)
            {
                feil.Add(($"kjoresedler[{k}].kuid", $"ukjent kuid {plate.Kjoresedler[k].Kuid}: kjøretøyet finnes verken i importen eller i registeret"));
            }

            Avvis(plater[i].Linje, plater[i].Tekst, feil);
        }
    }

    private Linjeutfall Feil(long nummer, ReadOnlyMemory<byte> tekst, IReadOnlyList<(string Felt, string Arsak)> feil) =>
        new(nummer, Kopi(tekst), null, null, feil);

    /// <summary>The line's text, kept only when rejected lines are to be written out.</summary>
    private byte[]? Kopi(ReadOnlyMemory<byte> tekst) => valg.Avvist is null ? null : tekst.ToArray();

    private void Avvis(long nummer, byte[]? tekst, IReadOnlyList<(string Felt, string Arsak)> feil)
    {
        foreach (var (felt, arsak) in feil)
        {
            antallFeil++;
            valg.VedFeil?.Invoke(new ImportFeil(nummer, felt, arsak));
        }

        avvist++;
        if (valg.Avvist is { } avvistStrom && tekst is not null)
        {
            avvistStrom.Write(tekst);
            avvistStrom.WriteByte((byte)'\n');
        }
    }

    private static string Felt(string? sti) =>
        sti is null or "$" ? "(linjen)" : sti.StartsWith("$.", StringComparison.Ordinal) ? sti[2..] : sti.TrimStart('$');

    private static string Arsak(JsonException e) => e.Message switch
    {
        var m when m.Contains("could not be mapped", StringComparison.Ordinal) => "ukjent felt (formatet tillater ikke felt utenom skjemaet)",
        var m when m.Contains("could not be converted", StringComparison.Ordinal) => "feil type eller ugyldig verdi",
        var m when m.Contains("Duplicate", StringComparison.OrdinalIgnoreCase) => "feltet er oppgitt mer enn én gang",
        _ => "ugyldig JSON",
    };

    /// <summary>One line read: its number, its text (when kept), and its model or its problems.</summary>
    private sealed record Linjeutfall(
        long Linje,
        byte[]? Tekst,
        NyttKjoretoy? Kjoretoy,
        NyttProvekjennemerke? Provekjennemerke,
        IReadOnlyList<(string Felt, string Arsak)>? Feil);
}

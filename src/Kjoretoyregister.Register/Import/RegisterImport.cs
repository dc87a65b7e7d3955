using System.Text.Json;
using Kjoretoyregister.Register.Oppslag;

namespace Kjoretoyregister.Register.Import;

/// <summary>
/// Imports NDJSON in the register import format into a register store, in one transaction.
/// Vehicle lines are checked and written as they are read; trial-plate lines are kept until the
/// end, so that their driving slips may name vehicles that come later in the file.
/// </summary>
internal sealed class RegisterImport(IRegisterLager lager, ImportValg valg)
{
    private const int FremdriftHver = 10_000;

    private readonly ImportValidering validering = new();
    private readonly List<(long Linje, byte[] Tekst, NyttProvekjennemerke Plate)> ventendeProvekjennemerker = [];
    private long antallFeil;
    private long avvist;
    private long kjoretoy;
    private long provekjennemerker;

    public ImportResultat Importer(Stream kilde, CancellationToken cancellationToken)
    {
        var leser = new NdjsonLeser(kilde);
        using var skriving = lager.ApneSkriving();
        while (leser.NesteLinje(out var linje))
        {
            if (leser.Linjenummer % FremdriftHver == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                valg.Fremdrift?.Report(new ImportFremdrift(leser.Linjenummer, leser.LesteBytes));
            }

            if (!linje.Span.Trim(" \t"u8).IsEmpty)
            {
                Linje(skriving, leser.Linjenummer, linje);
            }
        }

        foreach (var (nummer, tekst, plate) in ventendeProvekjennemerker)
        {
            Provekjennemerke(skriving, nummer, tekst, plate);
        }

        valg.Fremdrift?.Report(new ImportFremdrift(leser.Linjenummer, leser.LesteBytes));
        var lagret = antallFeil == 0 || valg.HoppOverUgyldige;
        if (lagret)
        {
            skriving.Fullfor();
        }

        return new ImportResultat(leser.Linjenummer, kjoretoy, provekjennemerker, avvist, antallFeil, lagret);
    }

    private void Linje(IRegisterSkriving skriving, long nummer, ReadOnlyMemory<byte> tekst)
    {
        ImportLinje? linje;
        try
        {
            linje = JsonSerializer.Deserialize(tekst.Span, ImportJsonContext.Default.ImportLinje);
        }
        catch (JsonException e)
        {
            Avvis(nummer, tekst.Span, [(Felt(e.Path), Arsak(e))]);
            return;
        }

        switch (linje?.Type)
        {
            case "kjoretoy":
                Kjoretoy(skriving, nummer, tekst.Span, linje);
                break;
            case "provekjennemerke":
                if (validering.Provekjennemerke(linje) is { } plate)
                {
                    ventendeProvekjennemerker.Add((nummer, tekst.ToArray(), plate));
                }
                else
                {
                    Avvis(nummer, tekst.Span, validering.Feil);
                }

                break;
            case null:
                Avvis(nummer, tekst.Span, [("type", linje is null ? "linjen er ikke et JSON-objekt" : "mangler")]);
                break;
            default:
                Avvis(nummer, tekst.Span, [("type", $"'{linje.Type}' er verken \"kjoretoy\" eller \"provekjennemerke\"")]);
                break;
        }
    }

    private void Kjoretoy(IRegisterSkriving skriving, long nummer, ReadOnlySpan<byte> tekst, ImportLinje linje)
    {
        if (validering.Kjoretoy(linje) is not { } nytt)
        {
            Avvis(nummer, tekst, validering.Feil);
            return;
        }

        var konflikter = new List<(string, string)>();
        for (var i = 0; i < nytt.Kjennemerker.Count; i++)
        {
            var k = nytt.Kjennemerker[i];
            if (skriving.FinnKjennemerkekonflikt(k.Sok, k.Fom, k.Til, nytt.Kuid) is { } annen)
            {
                konflikter.Add(($"kjennemerker[{i}]", $"kjennemerke {k.Visning} er knyttet til kjøretøyet med kuid {annen} i en overlappende periode"));
            }
        }

        if (konflikter.Count > 0)
        {
            Avvis(nummer, tekst, konflikter);
            return;
        }

        skriving.LagreKjoretoy(nytt);
        kjoretoy++;
    }

    private void Provekjennemerke(IRegisterSkriving skriving, long nummer, byte[] tekst, NyttProvekjennemerke plate)
    {
        var feil = new List<(string, string)>();
        if (skriving.FinnProvekjennemerkekonflikt(plate.Sok, plate.Fom, plate.Til, plate.Prkid) is { } annen)
        {
            feil.Add(("kjennemerke", $"prøvekjennemerket {plate.Visning} finnes allerede med prkid {annen} i en overlappende periode"));
        }

        for (var i = 0; i < plate.Kjoresedler.Count; i++)
        {
            var kuid = plate.Kjoresedler[i].Kuid;
            if (!skriving.KjoretoyFinnes(kuid))
            {
                feil.Add(($"kjoresedler[{i}].kuid", $"ukjent kuid {kuid}: kjøretøyet finnes verken i importen eller i registeret"));
            }
        }

        if (feil.Count > 0)
        {
            Avvis(nummer, tekst, feil);
            return;
        }

        skriving.LagreProvekjennemerke(plate);
        provekjennemerker++;
    }

    private void Avvis(long nummer, ReadOnlySpan<byte> tekst, IReadOnlyList<(string Felt, string Arsak)> feil)
    {
        foreach (var (felt, arsak) in feil)
        {
            antallFeil++;
            valg.VedFeil?.Invoke(new ImportFeil(nummer, felt, arsak));
        }

        avvist++;
        if (valg.Avvist is { } avvistStrom)
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
}

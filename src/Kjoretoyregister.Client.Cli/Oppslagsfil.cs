using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Kjoretoyregister.Cli;
using Kjoretoyregister.Contracts;
using Kjoretoyregister.Contracts.Json;
using Kjoretoyregister.Contracts.Svv;
using Spectre.Console;

namespace Kjoretoyregister.Client.Cli;

/// <summary>
/// <c>fiks-kjoretoy oppslag --fil FILE</c>: one plate a line, optionally <c>;dtg</c> after it; blank lines and
/// lines starting with # are skipped. The whole file is checked before the first call; then the plates
/// are looked up 100 at a time and each answer written at once as one NDJSON line
/// <c>{"kjennemerke", "dtg"?, "svar"}</c>, with a progress bar on stderr when it is a terminal and stdout is not.
/// </summary>
internal static class Oppslagsfil
{
    public sealed record Linje(int Nummer, string Kjennemerke, Dtg? Dtg);

    /// <summary>The file's plates, <paramref name="standard"/> for those without a dtg; null after naming every bad line on stderr.</summary>
    public static IReadOnlyList<Linje>? Les(string fil, Dtg? standard)
    {
        string[] tekst;
        try
        {
            tekst = File.ReadAllLines(fil);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Kjoring.Meld($"--fil: kan ikke lese {fil} ({e.Message})");
            return null;
        }

        var linjer = new List<Linje>();
        var feil = false;
        for (var i = 0; i < tekst.Length; i++)
        {
            var linje = tekst[i].Trim();
            if (linje.Length == 0 || linje.StartsWith('#'))
            {
                continue;
            }

            var deler = linje.Split(';', 2, StringSplitOptions.TrimEntries);
            Dtg? dtg = standard;
            if (deler[0].Length == 0)
            {
                Meld(fil, i + 1, "mangler kjennemerke før ;");
                feil = true;
            }
            else if (!Kjennemerke.TryParse(deler[0], out _, out var ugyldig))
            {
                // The one rule for identifiers (Identifikatorvalg): a bad plate is refused before any call.
                Meld(fil, i + 1, ugyldig);
                feil = true;
            }
            else if (deler is [_, { Length: > 0 } dtgTekst])
            {
                if (Dtg.TryParse(dtgTekst, out var tolket, out var grunn))
                {
                    dtg = tolket;
                }
                else
                {
                    Meld(fil, i + 1, grunn);
                    feil = true;
                }
            }

            linjer.Add(new Linje(i + 1, deler[0], dtg));
        }

        if (feil)
        {
            return null;
        }

        if (linjer.Count == 0)
        {
            Kjoring.Meld($"--fil: {fil} har ingen kjennemerker");
            return null;
        }

        return linjer;
    }

    /// <summary>Looks the plates up and writes the NDJSON; <see cref="Kjoring.Ok"/> when at least one was found, else <see cref="Kjoring.IngenTreff"/>.</summary>
    public static async Task<int> SlaOppAsync(KjoretoyregisterClient klient, IReadOnlyList<Linje> linjer, string? formal, CancellationToken ct)
    {
        await using var ut = Console.OpenStandardOutput();
        var buffer = new ArrayBufferWriter<byte>();
        await using var skriver = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var treff = false;

        async Task KjorAsync(Action<int> fremdrift)
        {
            var ferdige = 0;
            foreach (var del in linjer.Chunk(KjoretoyregisterClient.MaksPerKall))
            {
                var svar = await klient.SlaOppKjennemerkerAsync(del.Select(l => new KjennemerkeForesporsel(l.Kjennemerke, l.Dtg?.ToString())), formal, ct);
                if (svar.Count != del.Length)
                {
                    throw new InvalidOperationException($"kjøretøyregisteret ga {svar.Count} svar på {del.Length} kjennemerker (linje {del[0].Nummer}–{del[^1].Nummer})");
                }

                for (var i = 0; i < del.Length; i++)
                {
                    buffer.ResetWrittenCount();
                    skriver.Reset(buffer);
                    SkrivLinje(skriver, buffer, del[i], svar[i]);
                    await ut.WriteAsync(buffer.WrittenMemory, ct);
                    treff |= svar[i].ErTreff;
                }

                await ut.FlushAsync(ct);
                ferdige += del.Length;
                fremdrift(ferdige);
            }
        }

        // A bar only where it can be seen and does not fight the answers: stderr a terminal, stdout elsewhere.
        if (Console.IsErrorRedirected || !Console.IsOutputRedirected)
        {
            await KjorAsync(_ => { });
        }
        else
        {
            // Spectre would call the console non-interactive because stdout (the NDJSON) is redirected; stderr is a terminal.
            var konsoll = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error), Interactive = InteractionSupport.Yes });
            await konsoll.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async kontekst =>
                {
                    var oppgave = kontekst.AddTask($"Slår opp {linjer.Count} kjennemerker", maxValue: linjer.Count);
                    await KjorAsync(n => oppgave.Value = n);
                });
        }

        return treff ? Kjoring.Ok : Kjoring.IngenTreff;
    }

    private static void Meld(string fil, int linje, string grunn) =>
        Kjoring.Meld($"--fil: {fil} linje {linje}: {grunn}");

    private static void SkrivLinje(Utf8JsonWriter skriver, ArrayBufferWriter<byte> buffer, Linje linje, KjoretoyResponse svar)
    {
        skriver.WriteStartObject();
        skriver.WriteString("kjennemerke", linje.Kjennemerke);
        if (linje.Dtg is { } dtg)
        {
            skriver.WriteString("dtg", dtg.ToString());
        }

        skriver.WritePropertyName("svar");
        JsonSerializer.Serialize(skriver, svar, KontraktJsonContext.Kompakt.KjoretoyResponse);
        skriver.WriteEndObject();
        skriver.Flush();
        buffer.Write("\n"u8);
    }
}

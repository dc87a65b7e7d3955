using System.Buffers;
using System.Text.Json;

namespace Kjoretoyregister.Register.Syntetisk;

/// <summary>
/// The streaming loop: generates vehicle after vehicle into one reused <see cref="KjoretoyUtkast"/>,
/// writes each as a line with a <see cref="Utf8JsonWriter"/> into a buffer of about 1 MB, and
/// writes the buffer to the stream whenever it is full. Memory does not grow with Antall.
/// </summary>
internal sealed class Registerskriver
{
    private const int Bufferstorrelse = 1 << 20;
    private const long Rapporteringsintervall = 10_000;

    private readonly SyntetiskRegisterOptions options;
    private readonly Blokkplan plan;
    private readonly KjoretoyGenerator generator;
    private readonly KjoretoySkriver kjoretoySkriver;
    private readonly Provekjennemerker provekjennemerker;
    private readonly KjoretoyUtkast utkast = new();

    public Registerskriver(SyntetiskRegisterOptions options)
    {
        this.options = options;
        var sisteDag = (Oslotid.Minutt(options.Referansetidspunkt) / Oslotid.MinutterPerDag) - 1;
        var parter = new Parter(options.Seed, Oslotid.Dato(sisteDag + 1).Year);
        plan = new Blokkplan(options.Seed, sisteDag);
        generator = new KjoretoyGenerator(options.Seed, sisteDag, parter);
        kjoretoySkriver = new KjoretoySkriver(parter, options.TekniskeData ? new TekniskeData() : null);
        provekjennemerker = new Provekjennemerker(options.Seed, sisteDag, parter);
    }

    /// <summary>The largest Antall for which no plate or trial plate number is ever repeated.</summary>
    public long MaksAntall => Math.Min(generator.Kapasitet, Provekjennemerker.Kapasitet);

    public async Task SkrivAsync(Stream ut, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(Bufferstorrelse + (64 * 1024));
        // The line shapes are fixed and checked against the import schema by the tests; skipping the
        // writer's own structure validation saves about a tenth of the time.
        using var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Tekst.Koder, SkipValidation = true });
        var antall = options.Antall;
        var sistRapportert = 0L;
        for (var i = 0L; i < antall; i++)
        {
            var offset = i % Blokkplan.Storrelse;
            if (offset == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                plan.Forbered(i / Blokkplan.Storrelse);
            }

            generator.Lag(i, plan, utkast);
            kjoretoySkriver.Skriv(w, utkast);
            AvsluttLinje(w, buffer);
            if (offset == Blokkplan.Storrelse - 1 || i == antall - 1)
            {
                var forste = plan.Nummer * Blokkplan.Storrelse;
                for (var nummer = 0; nummer < Provekjennemerker.Antall(plan.Nummer); nummer++)
                {
                    provekjennemerker.Skriv(w, plan, nummer, forste, i + 1);
                    AvsluttLinje(w, buffer);
                }
            }

            if (buffer.WrittenCount >= Bufferstorrelse)
            {
                await ut.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
                buffer.ResetWrittenCount();
                if (i + 1 - sistRapportert >= Rapporteringsintervall)
                {
                    sistRapportert = i + 1;
                    progress?.Report(sistRapportert);
                }
            }
        }

        if (buffer.WrittenCount > 0)
        {
            await ut.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        }

        await ut.FlushAsync(cancellationToken).ConfigureAwait(false);
        progress?.Report(antall);
    }

    /// <summary>Ends the current line with '\n' and readies the writer for the next top-level object.</summary>
    private static void AvsluttLinje(Utf8JsonWriter w, ArrayBufferWriter<byte> buffer)
    {
        w.Flush();
        buffer.GetSpan(1)[0] = (byte)'\n';
        buffer.Advance(1);
        w.Reset(buffer);
    }
}

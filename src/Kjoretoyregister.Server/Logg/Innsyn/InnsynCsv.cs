namespace Kjoretoyregister.Server.Logg.Innsyn;

/// <summary>The innsyn report as CSV (<see cref="Csv"/>'s conventions): one line per lookup, newest first, times in Norwegian time.</summary>
public static class InnsynCsv
{
    private static readonly string[] Kolonner =
    [
        "tidspunkt", "integrasjonId", "integrasjon", "leverandorOrgnr", "leverandor", "klientId", "saksbehandler", "saksreferanse",
        "formal", "operasjon", "nokkel", "personenBle", "kuider", "utfall", "errorId",
    ];

    public static async Task SkrivAsync(TextWriter ut, Innsynsrapport rapport)
    {
        ArgumentNullException.ThrowIfNull(ut);
        ArgumentNullException.ThrowIfNull(rapport);
        await Csv.SkrivLinjeAsync(ut, Kolonner);
        foreach (var r in rapport.Rader)
        {
            await Csv.SkrivLinjeAsync(ut,
                Kjoretoyregister.Contracts.NorskTid.Formater(r.Tidspunkt),
                r.IntegrasjonId.ToString("D"),
                r.Integrasjonsnavn,
                r.LeverandorOrgnr,
                r.Leverandornavn,
                r.KlientId,
                r.Saksbehandler,
                r.Saksreferanse,
                r.Formal,
                r.Operasjon,
                r.Nokkel,
                r.Rolle,
                string.Join(' ', r.Kuider),
                LoggCsv.Utfallstekst(r.Utfall),
                r.ErrorId);
        }
    }
}

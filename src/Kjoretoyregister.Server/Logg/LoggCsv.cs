using Kjoretoyregister.Contracts;

namespace Kjoretoyregister.Server.Logg;

/// <summary>Audit rows as CSV (the CLI's <c>logg --format csv</c> and the forvaltning UI's export): one row per looked-up item, times in Norwegian time.</summary>
public static class LoggCsv
{
    private static readonly string[] Kolonner =
        ["id", "tidspunkt", "fiksOrgId", "integrasjonId", "konsumentOrgnr", "klientId", "operasjon", "nokkel", "dtg", "utfall", "kuider", "parter", "errorId", "formal", "saksbehandler", "saksreferanse"];

    public static Task SkrivOverskriftAsync(TextWriter ut) => Csv.SkrivLinjeAsync(ut, Kolonner);

    public static Task SkrivAsync(TextWriter ut, LagretLoggRad lagret)
    {
        var r = lagret.Rad;
        return Csv.SkrivLinjeAsync(ut,
            lagret.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            NorskTid.Formater(r.Tidspunkt),
            r.FiksOrgId.ToString("D"),
            r.IntegrasjonId.ToString("D"),
            r.KonsumentOrgnr,
            r.KlientId,
            r.Operasjon,
            r.Nokkel,
            r.Dtg is { } dtg ? NorskTid.Formater(dtg) : null,
            Utfallstekst(r.Utfall),
            string.Join(' ', r.Kuider),
            string.Join(' ', r.Parter),
            r.ErrorId,
            r.Formal,
            r.Saksbehandler,
            r.Saksreferanse);
    }

    public static string Utfallstekst(Utfall utfall) => utfall switch
    {
        Utfall.Treff => "treff",
        Utfall.Ukjent => "ukjent",
        Utfall.Feil => "feil",
        Utfall.Avvist => "avvist",
        _ => "ugyldig",
    };
}

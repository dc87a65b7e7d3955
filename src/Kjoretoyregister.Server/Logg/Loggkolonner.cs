using Kjoretoyregister.Contracts;

namespace Kjoretoyregister.Server.Logg;

/// <summary>How the audit log's values are stored: the one place the writer and the reader agree on.</summary>
internal static class Loggkolonner
{
    public const string Kolonner =
        "id, tidspunkt, fiks_org_id, integrasjon_id, konsument_orgnr, klient_id, operasjon, nokkel, dtg, utfall, kuider, parter, error_id, formal, saksbehandler, saksreferanse";

    public static string Tekst(Utfall utfall) => utfall switch
    {
        Utfall.Treff => "treff",
        Utfall.Ukjent => "ukjent",
        Utfall.Ugyldig => "ugyldig",
        Utfall.Feil => "feil",
        Utfall.Avvist => "avvist",
        _ => throw new ArgumentOutOfRangeException(nameof(utfall), utfall, "Ukjent utfall"),
    };

    public static Utfall TilUtfall(string tekst) => tekst switch
    {
        "treff" => Utfall.Treff,
        "ukjent" => Utfall.Ukjent,
        "ugyldig" => Utfall.Ugyldig,
        "feil" => Utfall.Feil,
        "avvist" => Utfall.Avvist,
        _ => throw new InvalidOperationException($"Ukjent utfall i oppslagsloggen: {tekst}"),
    };

    public static string Tekst(Guid id) => id.ToString("D");

    /// <summary>The search key as it is searched: a kjennemerke as its search form (BR12345), anything else trimmed.</summary>
    public static string Sokenokkel(string operasjon, string nokkel) =>
        operasjon == Operasjoner.Kjennemerke && Kjennemerke.TryParse(nokkel, out var kjennemerke, out _)
            ? kjennemerke.Sokenokkel
            : nokkel.Trim();

    /// <summary>A fødselsnummer or organisasjonsnummer as it is searched in <c>logg_part</c>.</summary>
    public static string Part(string fnrEllerOrgnr) => fnrEllerOrgnr.Trim();

    /// <summary>True when the search key itself is a person or an organisation (it goes into <c>logg_part</c>).</summary>
    public static bool NokkelErPart(string operasjon) => operasjon is Operasjoner.Person or Operasjoner.Organisasjon;

    public static string Liste(IReadOnlyList<string> verdier) => string.Join(' ', verdier);

    public static IReadOnlyList<string> Liste(string tekst) =>
        tekst.Length == 0 ? [] : tekst.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// True when every column the table requires has a value. Checked before a row is queued: one
    /// caller's broken row must not fail the other callers' rows in the same transaction.
    /// </summary>
    public static bool ErFullstendig(LoggRad? r) =>
        r is { KonsumentOrgnr: not null, KlientId: not null, Operasjon: not null, Nokkel: not null, ErrorId: not null, Kuider: not null, Parter: not null }
        && Enum.IsDefined(r.Utfall)
        && !r.Kuider.Contains(null!)
        && !r.Parter.Contains(null!);
}
